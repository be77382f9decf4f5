// One entry point for server actions: authenticate → authorize against the organization
// in the URL → validate (one zod parse of FormData or a plain object) → run the use case →
// map the result for the form. Nothing reads the raw input before the guard.
import type { z } from "zod";
import { ZodError } from "zod";
import { db } from "@/lib/db/prisma";
import { authorize, canAny, type Actor, type OrgAccess } from "@/lib/auth/access";
import type { Capability } from "@/lib/auth/capabilities";
import { translateLoose, translator, type Locale } from "@/lib/i18n";
import { AccessError, AppError } from "@/lib/errors/app-error";
import { actionInput } from "./form-data";
import type { ActionResult, FieldErrors } from "./result";

export type CallOptions = { locale: Locale };

function zodFieldErrors(error: ZodError, locale: Locale): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    // Errors of list items (e.g. one unknown role) belong to the list's field.
    const path = issue.path.filter((part) => typeof part !== "number");
    const field = path.length ? path.map(String).join(".") : "_form";
    const params: Record<string, number> = {};
    if ("maximum" in issue) params.max = Number(issue.maximum);
    if ("minimum" in issue) params.min = Number(issue.minimum);
    const message = translateLoose(locale, issue.message, params);
    const messages = (fieldErrors[field] ??= []);
    if (!messages.includes(message)) messages.push(message);
  }
  return fieldErrors;
}

/** Maps any thrown error to a result; only expected errors show their message. */
export function toFailure(error: unknown, locale: Locale): ActionResult<never> {
  const t = translator(locale);
  if (error instanceof ZodError) return { ok: false, fieldErrors: zodFieldErrors(error, locale), code: "INVALID" };
  if (error instanceof AppError) {
    const message = t(error.messageKey, error.options.params);
    const base = { ok: false as const, code: error.code, details: error.options.details };
    return error.options.field ? { ...base, fieldErrors: { [error.options.field]: [message] } } : { ...base, formError: message };
  }
  console.error("[action] unexpected error:", error);
  return { ok: false, formError: t("common.genericError"), code: "INTERNAL" };
}

type OrgActionDefinition<S extends z.ZodType, R> = {
  /** The capability the action needs (with a list, any one of them). */
  capability: Capability | readonly Capability[];
  /**
   * Who may know the area exists (e.g. the Billing area): anyone holding none of these is
   * refused with NOT_FOUND rather than FORBIDDEN, as the area's pages answer them 404.
   */
  visibleWith?: readonly Capability[];
  schema: S;
  /**
   * Whether the action changes anything (the default): a change is refused while the
   * organization is cancelled (read-only). `false` only for actions that read.
   */
  write?: boolean;
  /**
   * A change that must still work while the organization is cancelled: reactivating it,
   * deleting it now, and its data export (request and download). Everything else that
   * writes is refused with READ_ONLY, here and nowhere else.
   */
  allowWhenCancelled?: boolean;
  run(context: { access: OrgAccess; actor: Actor; input: z.output<S>; locale: Locale }): Promise<R>;
};

export type OrgAction<S extends z.ZodType, R> = OrgActionDefinition<S, R> & {
  /** Runs the whole action for a caller; tests call this directly. */
  call(actor: Actor | null, slug: string, raw: unknown, options?: CallOptions): Promise<ActionResult<R>>;
  /**
   * The same checks and use case for an access the caller already loaded: the REST API's door,
   * whose key lookup is the access statement. Never call it with an access built any other way.
   */
  callWithAccess(access: OrgAccess, actor: Actor, raw: unknown, options?: CallOptions): Promise<ActionResult<R>>;
  readonly [ORG_ACTION]: true;
};

/** Marks what defineOrgAction made, so a test can find every organization action among a module's exports. */
export const ORG_ACTION = Symbol.for("roster.orgAction");

export function isOrgAction(value: unknown): value is OrgAction<z.ZodType, unknown> {
  return typeof value === "object" && value !== null && (value as { [ORG_ACTION]?: unknown })[ORG_ACTION] === true;
}

/** Whether the guard refuses the action in a cancelled (read-only) organization. */
export function isRefusedWhenCancelled(definition: { write?: boolean; allowWhenCancelled?: boolean }): boolean {
  return (definition.write ?? true) && !definition.allowWhenCancelled;
}

export function defineOrgAction<S extends z.ZodType, R>(definition: OrgActionDefinition<S, R>): OrgAction<S, R> {
  async function checkedRun(access: OrgAccess, actor: Actor, raw: unknown, locale: Locale): Promise<R> {
    if (definition.visibleWith && !canAny(access, definition.visibleWith)) throw new AccessError("NOT_FOUND");
    if (!canAny(access, definition.capability)) throw new AccessError("FORBIDDEN");
    if (isRefusedWhenCancelled(definition) && !access.canWrite()) throw new AccessError("READ_ONLY");
    const input = definition.schema.parse(actionInput(raw));
    return definition.run({ access, actor, input, locale });
  }
  return {
    ...definition,
    [ORG_ACTION]: true,
    async call(actor, slug, raw, options = { locale: "en" }) {
      try {
        const access = await authorize(db, actor, slug, null);
        return { ok: true, data: await checkedRun(access, actor!, raw, options.locale) };
      } catch (error) {
        return toFailure(error, options.locale);
      }
    },
    async callWithAccess(access, actor, raw, options = { locale: "en" }) {
      try {
        return { ok: true, data: await checkedRun(access, actor, raw, options.locale) };
      } catch (error) {
        return toFailure(error, options.locale);
      }
    },
  };
}

type UserActionDefinition<S extends z.ZodType, R> = {
  schema: S;
  run(context: { actor: Actor; input: z.output<S>; locale: Locale }): Promise<R>;
};

export type UserAction<S extends z.ZodType, R> = UserActionDefinition<S, R> & {
  call(actor: Actor | null, raw: unknown, options?: CallOptions): Promise<ActionResult<R>>;
};

/** For actions that need a signed-in user but no organization (e.g. create one). */
export function defineUserAction<S extends z.ZodType, R>(definition: UserActionDefinition<S, R>): UserAction<S, R> {
  return {
    ...definition,
    async call(actor, raw, options = { locale: "en" }) {
      try {
        if (!actor) throw new AccessError("UNAUTHENTICATED");
        const input = definition.schema.parse(actionInput(raw));
        return { ok: true, data: await definition.run({ actor, input, locale: options.locale }) };
      } catch (error) {
        return toFailure(error, options.locale);
      }
    },
  };
}
