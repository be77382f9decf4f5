// "Who gets this email, and why" (settings → Notifications): for every event of SPEC §3, who in one
// organization would receive it right now and by which rule. One statement for all events,
// built from the routing table's own branches (routing.ts), so the page shows exactly what
// the senders would do. Events bound to an order or a quote are shown for the latest few
// (the overdue reminder for the invoices overdue now), each merged with the standing
// recipients the way one email would be.
import { Prisma } from "@/lib/db/generated/client";
import type { NotificationKind, Recipient } from "./events";
import { candidateBranches, resolvedCandidates, type CandidateRow, type QueryDb, type Subjects } from "./routing";
import { EVENT_RULES, mergeCandidates, RULE_SOURCE } from "./rules";

const { sql } = Prisma;

/** The events an organization's contacts or members receive through standing rules or its orders and quotes. */
export const OVERVIEW_KINDS = [
  "license_certificate",
  "invoice",
  "invoice_overdue",
  "quote_created",
  "security_privacy",
  "data_protection",
  "plan_changed",
  "organization_deletion",
] as const satisfies readonly NotificationKind[];
/** Events addressed to whoever the event names (the invitee, the person signing in, the replacement): described, not listed. */
export const PARTY_KINDS = (Object.keys(EVENT_RULES) as NotificationKind[]).filter(
  (kind) => !(OVERVIEW_KINDS as readonly NotificationKind[]).includes(kind),
);

export type OverviewKind = (typeof OVERVIEW_KINDS)[number];

/** Standing recipients listed per event; the rest are counted. */
export const STANDING_SHOWN = 3;
/** Latest orders, quotes or overdue invoices shown per order- or quote-bound event. */
export const SUBJECTS_SHOWN = 2;

export type SubjectRecipients = { subjectId: string; /** the order's or quote's number */ label: string; recipients: Recipient[] };

export type EventOverview = {
  kind: OverviewKind;
  /** Recipients by organization-wide rules (contact roles, organization roles): at most STANDING_SHOWN. */
  standing: Recipient[];
  standingTotal: number;
  /** Whether some rule of this event depends on its order or quote. */
  perSubject: boolean;
  /** For the latest orders or quotes: the recipients of that one email (standing ones included, merged). */
  subjects: SubjectRecipients[];
};

type OverviewRow = CandidateRow & { shown: boolean; total: number };

function subjectsFor(kind: OverviewKind, organizationId: string): Subjects {
  const latestOrders = sql`o.id IN (SELECT id FROM "Order" WHERE "organizationId" = ${organizationId} ORDER BY "placedAt" DESC, id DESC LIMIT ${SUBJECTS_SHOWN})`;
  switch (kind) {
    case "license_certificate":
    case "invoice":
      return { orders: latestOrders };
    case "invoice_overdue":
      return {
        orders: sql`o.id IN (SELECT "orderId" FROM "Invoice" WHERE "organizationId" = ${organizationId} AND status = 'OPEN' AND "dueAt" < timezone('UTC', now()) ORDER BY "dueAt" DESC LIMIT ${SUBJECTS_SHOWN})`,
      };
    case "quote_created":
      return {
        quotes: sql`q.id IN (SELECT id FROM "Quote" WHERE "organizationId" = ${organizationId} ORDER BY "createdAt" DESC, id DESC LIMIT ${SUBJECTS_SHOWN})`,
      };
    default:
      return {};
  }
}

const isSubjectRule = (kind: OverviewKind) =>
  EVENT_RULES[kind].some((rule) => "orderRole" in RULE_SOURCE[rule] || rule === "QUOTE_REQUESTER");

/** One statement: every event's candidates, the standing ones cut at STANDING_SHOWN people per event (with their count). */
export async function notificationOverview(db: QueryDb, organizationId: string): Promise<EventOverview[]> {
  const branches = OVERVIEW_KINDS.flatMap((kind) => candidateBranches(kind, organizationId, subjectsFor(kind, organizationId)));
  const rows = await db.$queryRaw<OverviewRow[]>(sql`
    ${resolvedCandidates(organizationId, branches)},
    standing AS (
      SELECT kind, email, row_number() OVER (PARTITION BY kind ORDER BY email) AS position, count(*) OVER (PARTITION BY kind) AS total
      FROM (SELECT DISTINCT kind, email FROM resolved WHERE "subjectId" IS NULL) people
    )
    SELECT r.*, COALESCE(s.position <= ${STANDING_SHOWN}, false) AS shown, COALESCE(t.total, 0)::int AS total
    FROM resolved r
    LEFT JOIN standing s ON s.kind = r.kind AND s.email = r.email AND r."subjectId" IS NULL
    LEFT JOIN (SELECT DISTINCT kind, total FROM standing) t ON t.kind = r.kind
    WHERE r."subjectId" IS NOT NULL
       OR s.position <= ${STANDING_SHOWN}
       OR EXISTS (SELECT 1 FROM resolved subject WHERE subject.kind = r.kind AND subject."subjectId" IS NOT NULL AND subject.email = r.email)
    ORDER BY r.kind, r."subjectId" NULLS FIRST, r.email`);

  return OVERVIEW_KINDS.map((kind) => {
    const ofKind = rows.filter((row) => row.kind === kind);
    const standingRows = ofKind.filter((row) => row.subjectId === null);
    const subjectIds = [...new Set(ofKind.filter((row) => row.subjectId !== null).map((row) => row.subjectId!))];
    const subjects = subjectIds.map((subjectId) => {
      const own = ofKind.filter((row) => row.subjectId === subjectId);
      const emails = new Set(own.map((row) => row.email));
      return {
        subjectId,
        label: own[0].orderNumber ?? own[0].quoteNumber ?? "",
        // Own rule first, then the standing rules of the same people: one email, every reason.
        recipients: mergeCandidates(kind, [...own, ...standingRows.filter((row) => emails.has(row.email))]),
      };
    });
    return {
      kind,
      standing: mergeCandidates(
        kind,
        standingRows.filter((row) => row.shown),
      ),
      standingTotal: ofKind[0]?.total ?? 0,
      perSubject: isSubjectRule(kind),
      subjects: subjects.sort((a, b) => b.label.localeCompare(a.label)),
    };
  });
}
