// Reads the messages the capture SMTP server wrote (see capture-server.ts), for the dev
// mailbox pages and for tests that follow emailed links.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { config } from "@/lib/config";
import { isLoopbackHostHeader } from "@/lib/http/loopback";

/**
 * Where captured mail is, when /dev/mailbox may show it to this request; else null (the
 * pages answer 404). It shows sign-in links, so only when `npm start` captures mail AND
 * listens on loopback only (it then sets ROSTER_MAILBOX=on), and only to a request whose
 * Host header is a loopback name: a site that re-points its own name at 127.0.0.1 (DNS
 * rebinding) gets nothing from a browser on this machine.
 */
export function mailboxDirFor(hostHeader: string | null): string | null {
  const { ROSTER_MAILBOX, MAIL_CAPTURE_DIR } = config();
  return ROSTER_MAILBOX === "on" && MAIL_CAPTURE_DIR && isLoopbackHostHeader(hostHeader) ? MAIL_CAPTURE_DIR : null;
}

/** A captured message's id: `<13-digit ms timestamp>-<16 hex>` (see capture-server.ts). */
export const CAPTURED_ID_PATTERN = /^\d{13}-[0-9a-f]{16}$/;

export type CapturedEmailSummary = { id: string; from: string; to: string; subject: string; date: Date | null };
export type CapturedEmail = CapturedEmailSummary & { html: string | null; text: string | null };

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return "";
  return (Array.isArray(value) ? value : [value])
    .flatMap((object) => object.value)
    .map(({ name, address }) => (name ? `${name} <${address ?? ""}>` : (address ?? "")))
    .join(", ");
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}

async function parse(dir: string, id: string): Promise<CapturedEmail | null> {
  let source: Buffer;
  try {
    source = await readFile(join(dir, `${id}.eml`));
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  const mail = await simpleParser(source);
  return {
    id,
    from: addresses(mail.from),
    to: addresses(mail.to),
    subject: mail.subject ?? "",
    date: mail.date ?? null,
    html: mail.html === false ? null : (mail.html ?? null),
    text: mail.text ?? null,
  };
}

/** The captured emails, newest first. An absent directory is an empty mailbox. */
export async function listCapturedEmails(dir: string, { limit = 50 }: { limit?: number } = {}): Promise<CapturedEmailSummary[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const ids = names
    .filter((name) => name.endsWith(".eml"))
    .map((name) => name.slice(0, -".eml".length))
    .filter((id) => CAPTURED_ID_PATTERN.test(id))
    .sort()
    .reverse()
    .slice(0, limit);
  const emails = await Promise.all(ids.map((id) => parse(dir, id)));
  return emails
    .filter((email): email is CapturedEmail => email !== null)
    .map(({ id, from, to, subject, date }) => ({ id, from, to, subject, date }));
}

/** One captured email, or null when the id is malformed (e.g. "../x") or unknown. */
export async function readCapturedEmail(dir: string, id: string): Promise<CapturedEmail | null> {
  if (!CAPTURED_ID_PATTERN.test(id)) return null;
  return parse(dir, id);
}
