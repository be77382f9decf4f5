// Sealed values (lib/crypto/seal.ts) and the outbox's sealed links (lib/mail/outbox-secrets.ts):
// nothing of the secret shows, and a value opens only with the same key, purpose and context.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCipheriv, hkdfSync } from "node:crypto";
import { seal, SealError, unseal } from "@/lib/crypto/seal";
import { carriesSecrets, propsWithSecrets, sealSecretProps, SecretGoneError } from "@/lib/mail/outbox-secrets";
import { EMAIL_TEMPLATE_NAMES } from "@/emails";

const savedEnv = { ...process.env };
beforeEach(() => {
  process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret";
});
afterEach(() => {
  process.env = { ...savedEnv };
});

const token = "q1w2e3r4t5y6u7i8o9p0q1w2e3r4t5y6u7i8o9p0abc";

describe("sealed values", () => {
  it("are AES-256-GCM under a key derived from AUTH_SECRET by HKDF-SHA256, with a fresh IV each time", () => {
    const sealed = seal("purpose", token, "context");
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(token);
    expect(seal("purpose", token, "context")).not.toBe(sealed);
    expect(unseal("purpose", sealed, "context")).toBe(token);

    // The same construction from Node's primitives, written out: the format is what it says.
    const bytes = Buffer.from(sealed.slice(3), "base64url");
    const key = Buffer.from(hkdfSync("sha256", process.env.AUTH_SECRET!, "roster sealed values", "purpose v1", 32));
    const cipher = createCipheriv("aes-256-gcm", key, bytes.subarray(0, 12));
    cipher.setAAD(Buffer.from("context"));
    const again = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
    expect(bytes.subarray(28)).toEqual(again);
    expect(bytes.subarray(12, 28)).toEqual(cipher.getAuthTag());
  });

  it("open only with the same AUTH_SECRET, purpose and context, and unaltered", () => {
    const sealed = seal("purpose", token, "context");
    expect(() => unseal("purpose", sealed, "another context")).toThrow(SealError);
    expect(() => unseal("another purpose", sealed, "context")).toThrow(SealError);
    const bytes = Buffer.from(sealed.slice(3), "base64url");
    bytes[bytes.length - 1] ^= 1;
    expect(() => unseal("purpose", `v1.${bytes.toString("base64url")}`, "context")).toThrow(SealError);
    expect(() => unseal("purpose", "v2.abc", "context")).toThrow(SealError);
    process.env.AUTH_SECRET = "another-secret-another-secret-another";
    expect(() => unseal("purpose", sealed, "context")).toThrow(SealError);
  });

  it("need AUTH_SECRET", () => {
    delete process.env.AUTH_SECRET;
    expect(() => seal("purpose", token, "context")).toThrow(/AUTH_SECRET/);
  });
});

describe("outbox secrets", () => {
  const url = `http://localhost:3000/invite/${token}`;
  const props = { url, role: "MEMBER", email: "ada@example.test" };

  it("take the link out of the props, sealed for the recipient, and put it back to render", () => {
    const row = sealSecretProps("user-invitation", props, "ada@example.test");
    expect(row.props).toEqual({ role: "MEMBER", email: "ada@example.test" });
    expect(row.sealedProps).not.toContain(token);
    expect(propsWithSecrets({ template: "user-invitation", toEmail: "ada@example.test", ...row })).toEqual(props);
  });

  it("refuse to open a link moved to another recipient or template, or erased", () => {
    const row = sealSecretProps("user-invitation", props, "ada@example.test");
    expect(() => propsWithSecrets({ template: "user-invitation", toEmail: "eve@example.test", ...row })).toThrow(SealError);
    expect(() => propsWithSecrets({ template: "contact-invitation", toEmail: "ada@example.test", ...row })).toThrow(SealError);
    expect(() =>
      propsWithSecrets({ template: "user-invitation", toEmail: "ada@example.test", props: row.props, sealedProps: null }),
    ).toThrow(SecretGoneError);
  });

  it("leave the props of emails without such a link as they are", () => {
    const invoice = { url: "http://localhost:3000/orgs/acme/billing/invoices/1", orderNumber: "A-1" };
    expect(sealSecretProps("invoice", invoice, "ada@example.test")).toEqual({ props: invoice, sealedProps: null });
    expect(propsWithSecrets({ template: "invoice", toEmail: "ada@example.test", props: invoice, sealedProps: null })).toBe(invoice);
  });

  it("are the sign-in and invitation links, and only those", () => {
    expect(EMAIL_TEMPLATE_NAMES.filter(carriesSecrets).sort()).toEqual(["contact-invitation", "sign-in", "user-invitation"]);
  });
});
