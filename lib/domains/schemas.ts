// Inputs of the verified-domains actions, and the TXT record an organization publishes.
import { z } from "zod";
import { idField } from "@/lib/validation/fields";
import { singleLineText } from "@/lib/validation/text";
import { normalizeDomain } from "./normalize-domain";

export const VERIFICATION_PREFIX = "roster-verification=";

/** What to publish: a TXT record on the domain itself whose value carries the token. */
export function verificationRecord(domain: string, token: string): { type: "TXT"; host: string; value: string } {
  return { type: "TXT", host: domain, value: `${VERIFICATION_PREFIX}${token}` };
}

/** Raw input may be a URL or an email ("https://www.example.com/x", "alice@example.com"); it is normalised. */
export const domainField = singleLineText({ max: 300 }).transform((value, ctx) => {
  const domain = normalizeDomain(value);
  if (!domain) {
    ctx.addIssue({ code: "custom", message: "domains.errors.invalid" });
    return z.NEVER;
  }
  return domain;
});

export const addDomainSchema = z.object({ domain: domainField });
export type AddDomainInput = z.output<typeof addDomainSchema>;

export const domainIdSchema = z.object({
  domainId: idField,
});
export type DomainIdInput = z.output<typeof domainIdSchema>;
