// The claim on an email must outlast the longest send the transport allows, or a second
// sender could take the row over while the first is still delivering it (a duplicate).
import { describe, expect, it } from "vitest";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { CLAIM_MS, MARK_MARGIN_MS, SEND_START_WINDOW_MS } from "@/lib/mail/dispatcher";
import { createMailTransport, SMTP_REPLIES_PER_MESSAGE } from "@/lib/mail/transport";

describe("mail claim", () => {
  it("outlasts the slowest send the real transport allows, started at the end of the start window, plus writing its outcome", () => {
    const transport = createMailTransport("smtp://user:secret@smtp.example.test:587");
    try {
      const { dnsTimeout, connectionTimeout, greetingTimeout, socketTimeout } = (transport.transporter as SMTPTransport).options;
      // Each timeout is set: nodemailer's defaults (1 h of inactivity) would make any claim too short.
      for (const timeout of [dnsTimeout, connectionTimeout, greetingTimeout, socketTimeout]) {
        expect(timeout).toBeGreaterThan(0);
        expect(timeout).toBeLessThanOrEqual(30_000);
      }
      // The inactivity timeout restarts at every reply: a send can wait that long once per reply.
      expect(SMTP_REPLIES_PER_MESSAGE).toBeGreaterThanOrEqual(12);
      const slowestSend = dnsTimeout! + connectionTimeout! + greetingTimeout! + SMTP_REPLIES_PER_MESSAGE * socketTimeout!;
      expect(slowestSend).toBe(150_000);
      expect(SEND_START_WINDOW_MS).toBeGreaterThan(0);
      expect(MARK_MARGIN_MS).toBeGreaterThanOrEqual(10_000);
      expect(CLAIM_MS).toBeGreaterThanOrEqual(SEND_START_WINDOW_MS + slowestSend + MARK_MARGIN_MS);
      expect(CLAIM_MS).toBe(4 * 60_000); // an abandoned email waits at most this long before it is sent again
    } finally {
      transport.close();
    }
  });
});
