// What a users file would do, row by row, against the organization as it is now: a pure
// function of the file, the memberships of its emails, the workspaces and the uploader's role,
// so the preview and the apply (which plans again inside its transaction) agree exactly, and
// the plan's fingerprint tells the apply whether anything changed since the preview.
// SPEC §2: an org admin adds any role and changes roles; a user admin adds MEMBERs only and
// promotes or demotes nobody; both change workspaces; nobody touches their own membership;
// the last active ORG_ADMIN is never demoted.
import { createHash } from "node:crypto";
import type { MembershipStatus, OrgRole } from "@/lib/db/generated/enums";
import { canAssignRole, ORG_ROLE_CAPABILITIES, ORG_ROLES } from "@/lib/auth/capabilities";
import { emailField } from "@/lib/auth/schemas";
import { nameField } from "@/lib/validation/fields";
import { translator, type Locale, type MessageKey } from "@/lib/i18n";
import { LOCALES } from "@/lib/i18n/locales";
import { MAX_IMPORT_WORKSPACES, WORKSPACE_SEPARATOR, type ImportRowKind } from "./import-limits";
import type { ImportedLine } from "./read-users-csv";

export type ExistingMember = { membershipId: string; userId: string; role: OrgRole; status: MembershipStatus; workspaceIds: string[] };

export type PlanContext = {
  uploader: { email: string; role: OrgRole };
  /** The organization's memberships of the file's emails, by lower-case email. */
  members: ReadonlyMap<string, ExistingMember>;
  /** The organization's active ORG_ADMINs (all of them, not only the file's). */
  activeAdminIds: readonly string[];
  workspaces: readonly { id: string; name: string }[];
  defaultLanguage: Locale;
};

export type PlannedRow = ImportedLine & {
  kind: ImportRowKind;
  /** The normalized email (lower case) when valid. */
  normalizedEmail: string | null;
  language: string;
  /** Valid rows only: the language of the invitation and the account's name (adds). */
  invitationLanguage: Locale | null;
  accountName: string | null;
  member: ExistingMember | null;
  roleAfter: OrgRole | null;
  workspaceIdsAfter: string[];
  reasonKey: MessageKey | null;
  reasonParams: Record<string, string | number> | null;
};

export type ImportPlan = { rows: PlannedRow[]; counts: Record<ImportRowKind, number>; fingerprint: string };

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");

/** A role as the file may say it: its code (org_admin, ORG ADMIN) or its name in English or French. */
const ROLE_WORDS = new Map<string, OrgRole>(
  ORG_ROLES.flatMap((role) => [
    [fold(role), role],
    ...LOCALES.map((locale): [string, OrgRole] => [fold(translator(locale)(`roles.${role}`)), role]),
  ]),
);
const LANGUAGE_WORDS = new Map<string, Locale>([
  ...LOCALES.map((locale) => [locale, locale] as [string, Locale]),
  ["english", "en"],
  ["anglais", "en"],
  ["french", "fr"],
  ["francais", "fr"],
]);

type RowError = { key: MessageKey; params?: Record<string, string | number> };

export function planImport(lines: readonly ImportedLine[], context: PlanContext): ImportPlan {
  const seen = new Map<string, number>();
  const byExactName = new Map(context.workspaces.map((w) => [w.name.trim(), w.id]));
  const byFoldedName = new Map<string, string | null>();
  for (const w of context.workspaces) {
    const key = w.name.trim().toLowerCase();
    byFoldedName.set(key, byFoldedName.has(key) ? null : w.id); // two names differing by case only: ambiguous
  }
  const uploaderCaps = ORG_ROLE_CAPABILITIES[context.uploader.role];
  const uploaderEmail = context.uploader.email.toLowerCase();

  const rows = lines.map((line): PlannedRow => {
    const row: PlannedRow = {
      ...line,
      kind: "ERROR",
      normalizedEmail: null,
      invitationLanguage: null,
      accountName: null,
      member: null,
      roleAfter: null,
      workspaceIdsAfter: [],
      reasonKey: null,
      reasonParams: null,
    };
    const fail = (error: RowError): PlannedRow => ({ ...row, kind: "ERROR", reasonKey: error.key, reasonParams: error.params ?? null });

    const email = emailField.safeParse(line.email);
    if (!email.success) return fail({ key: "users.import.reasons.badEmail" });
    row.normalizedEmail = email.data;
    const first = seen.get(email.data);
    if (first !== undefined) return fail({ key: "users.import.reasons.duplicate", params: { line: first } });
    seen.set(email.data, line.line);
    if (email.data === uploaderEmail) return fail({ key: "users.import.reasons.ownRow" });

    let role: OrgRole | null = null;
    if (line.role.trim()) {
      role = ROLE_WORDS.get(fold(line.role)) ?? null;
      if (!role) return fail({ key: "users.import.reasons.unknownRole", params: { role: line.role.trim() } });
    }
    let language: Locale = context.defaultLanguage;
    if (line.language.trim()) {
      const found = LANGUAGE_WORDS.get(fold(line.language));
      if (!found) return fail({ key: "users.import.reasons.unknownLanguage", params: { language: line.language.trim() } });
      language = found;
    }
    // A spreadsheet cell may break a name over lines: one line of single spaces, as the name field wants.
    const oneLineName = line.name.replace(/\s+/g, " ").trim();
    const name = oneLineName ? nameField.safeParse(oneLineName) : null;
    if (name && !name.success) return fail({ key: "users.import.reasons.badName" });

    const names = [
      ...new Map(
        line.workspaces
          .split(WORKSPACE_SEPARATOR)
          .map((part) => part.trim())
          .filter(Boolean)
          .map((part) => [part.toLowerCase(), part]),
      ).values(),
    ];
    if (names.length > MAX_IMPORT_WORKSPACES)
      return fail({ key: "users.import.reasons.tooManyWorkspaces", params: { max: MAX_IMPORT_WORKSPACES } });
    const workspaceIds: string[] = [];
    for (const workspaceName of names) {
      const id = byExactName.get(workspaceName) ?? byFoldedName.get(workspaceName.toLowerCase());
      if (!id) return fail({ key: "users.import.reasons.unknownWorkspace", params: { workspace: workspaceName } });
      if (!workspaceIds.includes(id)) workspaceIds.push(id);
    }
    const member = context.members.get(email.data) ?? null;

    if (!member) {
      const roleAfter = role ?? "MEMBER";
      if (!uploaderCaps.includes("users.add") || !canAssignRole(context.uploader.role, roleAfter))
        return fail({ key: "users.import.reasons.roleNotAllowed", params: { role: roleAfter } });
      if (workspaceIds.length && !uploaderCaps.includes("users.changeWorkspaces"))
        return fail({ key: "users.import.reasons.workspacesNotAllowed" });
      return {
        ...row,
        kind: "ADD",
        roleAfter,
        workspaceIdsAfter: workspaceIds,
        invitationLanguage: language,
        accountName: name?.success ? name.data : null,
      };
    }

    const roleAfter = role ?? member.role;
    // An empty workspaces cell leaves the member's workspaces as they are.
    const workspaceIdsAfter = names.length ? workspaceIds : member.workspaceIds;
    const roleChanges = roleAfter !== member.role;
    const workspacesChange = !sameSet(workspaceIdsAfter, member.workspaceIds);
    if (roleChanges && (!uploaderCaps.includes("users.changeRole") || !canAssignRole(context.uploader.role, roleAfter)))
      return fail({ key: "users.import.reasons.roleNotAllowed", params: { role: roleAfter } });
    if (workspacesChange && !uploaderCaps.includes("users.changeWorkspaces"))
      return fail({ key: "users.import.reasons.workspacesNotAllowed" });
    return { ...row, kind: roleChanges || workspacesChange ? "UPDATE" : "UNCHANGED", member, roleAfter, workspaceIdsAfter };
  });

  // The last active ORG_ADMIN stays: when the file would demote every one of them, each such row is refused.
  const demotions = rows.filter(
    (row) => row.kind === "UPDATE" && row.member?.role === "ORG_ADMIN" && row.member.status === "ACTIVE" && row.roleAfter !== "ORG_ADMIN",
  );
  const demoted = new Set(demotions.map((row) => row.member!.membershipId));
  if (demotions.length && context.activeAdminIds.every((id) => demoted.has(id))) {
    for (const row of demotions) {
      row.kind = "ERROR";
      row.reasonKey = "users.import.reasons.lastAdmin";
      row.reasonParams = null;
    }
  }

  const counts: Record<ImportRowKind, number> = { ADD: 0, UPDATE: 0, UNCHANGED: 0, ERROR: 0 };
  for (const row of rows) counts[row.kind]++;
  return { rows, counts, fingerprint: fingerprintOf(rows) };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** Everything applying a row depends on: another value anywhere means the users changed since the preview. */
function fingerprintOf(rows: readonly PlannedRow[]): string {
  const hash = createHash("sha256");
  for (const row of rows) {
    hash.update(
      JSON.stringify([
        row.line,
        row.kind,
        row.normalizedEmail,
        row.member ? [row.member.membershipId, row.member.role, row.member.status, [...row.member.workspaceIds].sort()] : null,
        row.roleAfter,
        [...row.workspaceIdsAfter].sort(),
        row.reasonKey,
        row.reasonParams,
      ]),
    );
    hash.update("\n");
  }
  return hash.digest("hex");
}
