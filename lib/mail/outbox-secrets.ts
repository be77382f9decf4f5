// Links that work by themselves — a sign-in link, an invitation link — never rest in the
// database in the clear (SPEC §1: tokens are stored only as hashes). An outbox row keeps its
// template's other props as they are, and these sealed (lib/crypto/seal.ts) for its recipient
// in "sealedProps"; the mail worker opens them to render the email, and the statement that
// marks the row SENT, FAILED or CANCELLED erases them (a CHECK constraint refuses a finished
// row that still has them). A failed email with a link cannot be sent again as it was: its
// link is gone, and the invitation is resent instead (which makes a new link).
import { Prisma } from "@/lib/db/generated/client";
import type { EmailPropsOf, EmailTemplateName } from "@/emails";
import { seal, unseal } from "@/lib/crypto/seal";

/** The props of each template that carry a working credential. */
export const SECRET_PROPS: { readonly [N in EmailTemplateName]?: readonly (keyof EmailPropsOf<N> & string)[] } = {
  "sign-in": ["url"],
  "contact-invitation": ["url"],
  "user-invitation": ["url"],
};

const PURPOSE = "email outbox secrets";

const secretPropsOf = (template: string): readonly string[] =>
  Object.hasOwn(SECRET_PROPS, template) ? SECRET_PROPS[template as EmailTemplateName]! : [];

/** Whether the template's emails carry a link that works by itself (and so are never sent again once finished). */
export function carriesSecrets(template: string): boolean {
  return secretPropsOf(template).length > 0;
}

/** Sealed for one recipient of one template: the value cannot be moved to another row's address. */
const contextOf = (template: string, toEmail: string) => `${template}\n${toEmail}`;

export type SealedRow = { props: Record<string, unknown>; sealedProps: string | null };

/** The row's props in the clear (the secrets taken out) and its secrets sealed for `toEmail` (null when the template has none). */
export function sealSecretProps(template: string, props: object, toEmail: string): SealedRow {
  const names = secretPropsOf(template);
  if (names.length === 0) return { props: { ...props }, sealedProps: null };
  const open: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) (names.includes(name) ? secret : open)[name] = value;
  return { props: open, sealedProps: seal(PURPOSE, JSON.stringify(secret), contextOf(template, toEmail)) };
}

export class SecretGoneError extends Error {}

function openSecrets(template: string, toEmail: string, sealed: string): object {
  const plaintext = unseal(PURPOSE, sealed, contextOf(template, toEmail));
  try {
    return JSON.parse(plaintext) as object;
  } catch {
    // Never JSON.parse's message: it quotes the text, which is the secret.
    throw new SecretGoneError("its sealed link is not valid JSON");
  }
}

/**
 * The props to render a row with: its own, plus its secrets unsealed. Throws when a secret
 * is missing (erased when the row finished) or cannot be opened (altered, or AUTH_SECRET
 * changed since it was queued). Rows queued before sealing existed hold them in the clear.
 */
export function propsWithSecrets(row: { template: string; toEmail: string; props: unknown; sealedProps: string | null }): unknown {
  const names = secretPropsOf(row.template);
  if (names.length === 0) return row.props;
  const props: Record<string, unknown> = { ...(row.props as object) };
  if (row.sealedProps !== null) Object.assign(props, openSecrets(row.template, row.toEmail, row.sealedProps));
  const missing = names.filter((name) => props[name] === undefined);
  if (missing.length > 0) throw new SecretGoneError(`its link is no longer kept (${missing.join(", ")})`);
  return props;
}

/** A string literal of SQL (standard_conforming_strings, PostgreSQL's default): for the constants below only. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

const erasing = new Map<string, Prisma.Sql>();

/**
 * SET items that erase a row's secrets, for every statement that marks rows SENT, FAILED or
 * CANCELLED (`table`: the updated table's name or alias in that statement): the sealed ones,
 * and the ones rows queued before sealing existed still hold in the clear. Constant SQL
 * without parameters, built once: the mail worker adds it to a statement per email sent.
 */
export function eraseSecrets(table: string): Prisma.Sql {
  let sql = erasing.get(table);
  if (!sql) {
    const cases = Object.entries(SECRET_PROPS).map(
      ([template, names]) => `WHEN ${literal(template)} THEN ${table}."props" - ${literal(`{${names.join(",")}}`)}::text[]`,
    );
    sql = Prisma.raw(`"sealedProps" = NULL, "props" = CASE ${table}."template" ${cases.join(" ")} ELSE ${table}."props" END`);
    erasing.set(table, sql);
  }
  return sql;
}
