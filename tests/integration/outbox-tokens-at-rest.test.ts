// Working links never rest in the database (SPEC §1: tokens are stored only as hashes).
// A sign-in link (requested through Auth.js, as lib/auth/auth.ts does), a contact invitation
// (sent, then resent) and a user invitation are delivered by the mail worker to a real SMTP
// server; then every column of every table of the app's schema and of pg-boss's is read as
// text, and none may hold a token the emails carried. The links still work afterwards.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { Auth, type AuthConfig } from "@auth/core";
import Nodemailer from "@auth/core/providers/nodemailer";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { tokenHash } from "@/lib/crypto/token-hash";
import { withHashedSessionTokens } from "@/lib/auth/hashed-session-adapter";
import { loadRequestContext } from "@/lib/auth/request-context";
import { db } from "@/lib/db/prisma";
import { appUrl, config } from "@/lib/config";
import type { ActionResult } from "@/lib/actions/result";
import { sendSignInLink } from "@/lib/auth/send-sign-in-link";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { createContactInvitation } from "@/lib/invitations/create-contact-invitation";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { sendInvitationEmail } from "@/lib/invitations/send-invitation-email";
import { startJobs, stopJobs } from "@/lib/jobs/start-jobs";
import { JOB_SCHEMA } from "@/lib/jobs/boss";
import { deliverDueEmails } from "@/lib/mail/dispatcher";
import { retryEmail } from "@/lib/mail/organization-emails";
import { createMailTransport } from "@/lib/mail/transport";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { startMailWorker, stopMailWorker } from "@/lib/mail/worker";
import { inviteUser } from "@/lib/users/invite-user";
import { actorOf, createOrgWithRoles, createUser, uid } from "../support/factories";
import { deliverAll } from "../support/notification-fixtures";
import { startSmtpSink, type SinkMessage, type SmtpSink } from "../support/smtp-sink";

let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  // pg-boss's tables exist in the app's database as soon as an instance starts: read them too.
  expect(await startJobs()).not.toBeNull();
});

afterAll(async () => {
  await stopMailWorker();
  await stopJobs();
  await sink.stop();
});

function data<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}

/** Auth.js's email sign-in as lib/auth/auth.ts configures it: the link goes to sendSignInLink. */
const authConfig: AuthConfig = {
  adapter: withHashedSessionTokens(PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0])),
  secret: config().AUTH_SECRET,
  trustHost: true,
  basePath: "/api/auth",
  session: { strategy: "database" },
  providers: [
    Nodemailer({
      server: "smtp://127.0.0.1:25",
      maxAge: config().SIGN_IN_LINK_MINUTES * 60,
      async sendVerificationRequest({ identifier, url }) {
        await sendSignInLink({ email: identifier, url, requestLocale: "en" });
      },
    }),
  ],
};

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);

/** The sign-in form's request: Auth.js makes the token, stores its hash and hands the link to sendSignInLink. */
async function requestSignInLink(email: string): Promise<void> {
  const csrf = await Auth(new Request(appUrl("/api/auth/csrf")), authConfig);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await Auth(
    new Request(appUrl("/api/auth/signin/nodemailer"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
      body: new URLSearchParams({ csrfToken, email, callbackUrl: appUrl("/") }),
    }),
    authConfig,
  );
  expect(response.headers.get("location")).toContain("/api/auth/verify-request");
}

/** What the confirmation page's button does with the emailed link: Auth.js's callback, which signs in or refuses. */
async function signInWith(emailedLink: string): Promise<{ location: string | null; cookies: string[] }> {
  const response = await Auth(new Request(appUrl(`/api/auth/callback/nodemailer${new URL(emailedLink).search}`)), authConfig);
  return { location: response.headers.get("location"), cookies: cookiesOf(response) };
}

const messageTo = (address: string, messages: SinkMessage[] = sink.messages) => messages.filter((m) => m.recipients.includes(address));
const linksIn = (message: SinkMessage) => [...(message.mail.text ?? "").matchAll(/https?:\/\/\S+/g)].map((match) => match[0]);

/**
 * Every column of every table of the app's schema and of pg-boss's that contains one of
 * `needles` (cast to text), as "schema.table.column"; and how many tables were read.
 */
async function columnsContaining(needles: string[]): Promise<{ hits: string[]; tables: Set<string> }> {
  const columns = await db.$queryRaw<{ schema: string; table: string; column: string }[]>`
    SELECT c.table_schema AS "schema", c.table_name AS "table", c.column_name AS "column"
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE t.table_type = 'BASE TABLE' AND c.table_schema IN ('public', ${JOB_SCHEMA})
    ORDER BY 1, 2, c.ordinal_position`;
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const byTable = new Map<string, typeof columns>();
  for (const c of columns) {
    const table = `${quote(c.schema)}.${quote(c.table)}`;
    byTable.set(table, [...(byTable.get(table) ?? []), c]);
  }
  const hits: string[] = [];
  for (const [table, tableColumns] of byTable) {
    const tests = tableColumns.map(
      (c) =>
        `bool_or(EXISTS (SELECT 1 FROM unnest($1::text[]) AS n(v) WHERE strpos(t.${quote(c.column)}::text, n.v) > 0)) AS ${quote(c.column)}`,
    );
    const [row] = await db.$queryRawUnsafe<Record<string, boolean | null>[]>(`SELECT ${tests.join(", ")} FROM ${table} t`, needles);
    for (const c of tableColumns) if (row[c.column]) hits.push(`${c.schema}.${c.table}.${c.column}`);
  }
  return { hits, tables: new Set(columns.map((c) => `${c.schema}.${c.table}`)) };
}

describe("tokens of emailed links", () => {
  it("rest nowhere in the database once their emails are sent, and the emailed links still work", { timeout: 60_000 }, async () => {
    const org = await createOrgWithRoles("Tokens");
    const admin = actorOf(org.users.ORG_ADMIN);
    const signingIn = await createUser();
    const contactInvitee = `contact-${uid()}@example.test`;
    const userInvitee = `user-${uid()}@example.test`;

    await requestSignInLink(signingIn.email);
    const created = data(
      await createContactInvitation.call(admin, org.organization.slug, { roles: ["PRIMARY_TECHNICAL"], language: "en" }),
    );
    const shownToken = created.url.split("/invite/")[1];
    data(
      await sendInvitationEmail.call(admin, org.organization.slug, {
        invitationId: created.invitationId,
        token: shownToken,
        email: contactInvitee,
      }),
    );
    data(await resendInvitation.call(admin, org.organization.slug, { invitationId: created.invitationId }));
    data(await inviteUser.call(admin, org.organization.slug, { email: userInvitee, role: "MEMBER", language: "en" }));

    // While they wait, the links are in the outbox, but not in a form anyone can use.
    expect(
      await db.emailOutbox.count({ where: { toEmail: { in: [signingIn.email, contactInvitee, userInvitee] }, status: "PENDING" } }),
    ).toBe(4);
    const whileWaiting = await columnsContaining([shownToken]);

    const transport = createMailTransport(sink.url);
    expect(startMailWorker({ transport, fallbackMs: 1_000 })).toBe(true);
    const messages = await sink.waitFor(
      (all) => messageTo(signingIn.email, all).length + messageTo(contactInvitee, all).length + messageTo(userInvitee, all).length === 4,
      20_000,
    );
    await expect
      .poll(() => db.emailOutbox.count({ where: { toEmail: { in: [signingIn.email, contactInvitee, userInvitee] }, status: "SENT" } }), {
        timeout: 10_000,
      })
      .toBe(4);
    expect(await stopMailWorker()).toBe(true);

    // The tokens exactly as the emails carried them.
    const signInLink = linksIn(messageTo(signingIn.email, messages)[0]).find((link) => link.includes("/signin/confirm?"))!;
    const signInToken = new URL(signInLink).searchParams.get("token")!;
    const invitationTokens = [...messageTo(contactInvitee, messages), ...messageTo(userInvitee, messages)].map(
      (message) =>
        linksIn(message)
          .find((link) => link.includes("/invite/"))!
          .split("/invite/")[1],
    );
    const [firstContactToken, contactToken, userToken] = invitationTokens;
    expect(signInToken).toMatch(/^[0-9a-f]{64}$/);
    for (const token of invitationTokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(firstContactToken).toBe(shownToken);

    const scanned = await columnsContaining([signInToken, ...invitationTokens]);
    expect(scanned.hits).toEqual([]);
    expect(whileWaiting.hits).toEqual([]);
    // The scan does find what is there: the addresses, in the outbox and elsewhere.
    expect((await columnsContaining([contactInvitee])).hits).toContain("public.EmailOutbox.toEmail");
    expect(scanned.tables).toContain("public.EmailOutbox");
    expect([...scanned.tables].filter((table) => table.startsWith(`${JOB_SCHEMA}.`)).length).toBeGreaterThan(3);

    // The emailed links work: the sign-in signs in, the invitations are accepted.
    const signedIn = await signInWith(signInLink);
    expect(signedIn.location).toBe(appUrl("/"));
    const sessionToken = signedIn.cookies.find((cookie) => cookie.startsWith("authjs.session-token="))?.split("=")[1];
    expect(sessionToken).toMatch(/^[0-9a-f-]{36}$/);
    // The session the link opened is a working token too: stored only as its hash, and it works.
    expect((await columnsContaining([sessionToken!])).hits).toEqual([]);
    expect(await db.session.count({ where: { sessionToken: tokenHash(sessionToken!) } })).toBe(1);
    expect((await loadRequestContext(sessionToken!, null, () => {})).user).toMatchObject({ email: signingIn.email });
    expect(data(await acceptInvitation.call(actorOf(await createUser({ email: contactInvitee })), { token: contactToken }))).toMatchObject({
      kind: "CONTACT",
    });
    const invitedUser = await db.user.findUniqueOrThrow({ where: { email: userInvitee } });
    expect(data(await acceptInvitation.call(actorOf(invitedUser), { token: userToken }))).toMatchObject({ kind: "USER" });
    // The first contact invitation link was replaced by the resend.
    expect(await acceptInvitation.call(actorOf(await createUser()), { token: firstContactToken })).toMatchObject({ ok: false });
  });
});

/** An SMTP server that refuses every recipient for good (550), as a relay does for an unknown mailbox. */
async function startRefusingServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
    },
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`,
    stop: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

describe("an email with a link that does not go out", () => {
  it("failing for good keeps no token, and cannot be sent again from the email log", async () => {
    const org = await createOrgWithRoles("Refused");
    const admin = actorOf(org.users.ORG_ADMIN);
    const address = `refused-${uid()}@example.test`;
    const created = data(
      await createContactInvitation.call(admin, org.organization.slug, { roles: ["PRIMARY_TECHNICAL"], language: "en" }),
    );
    const token = created.url.split("/invite/")[1];
    data(await sendInvitationEmail.call(admin, org.organization.slug, { invitationId: created.invitationId, token, email: address }));

    const refusing = await startRefusingServer();
    const transport = createMailTransport(refusing.url);
    try {
      expect(await deliverDueEmails({ db, transport })).toMatchObject({ sent: 0, failed: 1 });
    } finally {
      transport.close();
      await refusing.stop();
    }
    const row = await db.emailOutbox.findFirstOrThrow({ where: { toEmail: address } });
    expect(row).toMatchObject({ status: "FAILED", sealedProps: null });
    expect(row.props).not.toHaveProperty("url");
    expect((await columnsContaining([token])).hits).toEqual([]);
    expect(await retryEmail.call(admin, org.organization.slug, { emailId: row.id })).toMatchObject({ ok: false, code: "LINK_NOT_KEPT" });
  });

  it("moved to another address in the database, is not sent to it: it fails, and its sealed link is erased", async () => {
    const victim = await createUser();
    await sendSignInLink({
      email: victim.email,
      url: appUrl(`/api/auth/callback/nodemailer?token=${"ab".repeat(32)}&email=x`),
      requestLocale: "en",
    });
    const attacker = `attacker-${uid()}@example.test`;
    // Whoever can write to the database redirects the waiting email to themselves.
    await db.emailOutbox.updateMany({ where: { toEmail: victim.email, status: "PENDING" }, data: { toEmail: attacker } });
    await deliverAll(sink);
    const row = await db.emailOutbox.findFirstOrThrow({ where: { toEmail: attacker } });
    expect(row).toMatchObject({ status: "FAILED", sealedProps: null });
    expect(row.lastError).toMatch(/^rendering failed: sealed value cannot be opened/);
    expect(messageTo(attacker)).toEqual([]);
  });

  it("is refused by the database as finished while it still keeps its sealed link", async () => {
    const person = await createUser();
    await sendSignInLink({
      email: person.email,
      url: appUrl(`/api/auth/callback/nodemailer?token=${"cd".repeat(32)}&email=x`),
      requestLocale: "en",
    });
    const row = await db.emailOutbox.findFirstOrThrow({ where: { toEmail: person.email } });
    expect(row.sealedProps).not.toBeNull();
    for (const status of ["SENT", "FAILED", "CANCELLED"] as const) {
      await expect(db.emailOutbox.update({ where: { id: row.id }, data: { status } })).rejects.toThrow(
        /EmailOutbox_finished_without_secrets/,
      );
    }
    await deliverAll(sink);
  });
});

describe("emails with links queued before links were sealed", () => {
  const legacyInvitation = (toEmail: string, status: "PENDING" | "SENT", token: string) => ({
    template: "user-invitation",
    toEmail,
    locale: "en" as const,
    subject: "Join",
    status,
    props: {
      url: appUrl(`/invite/${token}`),
      role: "MEMBER",
      email: toEmail,
      expiresAt: new Date().toISOString(),
      inviterName: null,
      organization: { name: "Acme", slug: "acme" },
    },
  });

  it("waiting, are sent with their link, which the SENT mark erases", async () => {
    const token = `legacy${uid()}${uid()}`;
    const address = `legacy-${uid()}@example.test`;
    await db.emailOutbox.create({ data: legacyInvitation(address, "PENDING", token) });
    await deliverAll(sink);
    expect(messageTo(address)[0].mail.text).toContain(`/invite/${token}`);
    const row = await db.emailOutbox.findFirstOrThrow({ where: { toEmail: address } });
    expect(row).toMatchObject({ status: "SENT", props: { role: "MEMBER", email: address } });
    expect(row.props).not.toHaveProperty("url");
  });

  it("finished, lose their link in the migration that brings sealing; waiting ones keep it until sent", async () => {
    const serverUrl = inject("databaseServerUrl");
    const name = `roster_sealing_${uid()}`;
    const url = serverUrl.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const dir = mkdtempSync(join(tmpdir(), "roster-migrations-"));
    try {
      await admin.query(`CREATE DATABASE ${name}`);
      const migrations = readMigrations();
      const sealing = migrations.findIndex((m) => m.name.endsWith("_sealed_outbox_secrets"));
      expect(sealing).toBeGreaterThan(0);
      const copy = (upTo: number) => {
        for (const migration of migrations.slice(0, upTo)) {
          mkdirSync(join(dir, migration.name), { recursive: true });
          writeFileSync(join(dir, migration.name, "migration.sql"), migration.sql);
        }
      };
      copy(sealing);
      await migrate(url, { dir });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const insert = (id: string, template: string, status: string, props: object) =>
          client.query(
            `INSERT INTO "EmailOutbox" (id, template, "toEmail", subject, status, props) VALUES ($1, $2, 'a@x.test', 's', $3::"EmailStatus", $4)`,
            [id, template, status, JSON.stringify(props)],
          );
        await insert("sent-sign-in", "sign-in", "SENT", {
          url: "http://localhost:3000/signin/confirm?token=t1",
          email: "a@x.test",
          lifetimeMinutes: 60,
        });
        await insert("failed-invitation", "contact-invitation", "FAILED", { url: "http://localhost:3000/invite/t2", roles: [] });
        await insert("cancelled-invitation", "user-invitation", "CANCELLED", { url: "http://localhost:3000/invite/t3", role: "MEMBER" });
        await insert("waiting-invitation", "user-invitation", "PENDING", { url: "http://localhost:3000/invite/t4", role: "MEMBER" });
        await insert("sent-invoice", "invoice", "SENT", { url: "http://localhost:3000/orgs/acme/billing/invoices/1", orderNumber: "A-1" });
        copy(migrations.length);
        expect((await migrate(url, { dir })).applied).toEqual(migrations.slice(sealing).map((m) => m.name));
        const { rows } = await client.query<{ id: string; props: Record<string, unknown> }>(
          `SELECT id, props FROM "EmailOutbox" ORDER BY id`,
        );
        expect(Object.fromEntries(rows.map((row) => [row.id, row.props]))).toEqual({
          "cancelled-invitation": { role: "MEMBER" },
          "failed-invitation": { roles: [] },
          "sent-invoice": { url: "http://localhost:3000/orgs/acme/billing/invoices/1", orderNumber: "A-1" },
          "sent-sign-in": { email: "a@x.test", lifetimeMinutes: 60 },
          "waiting-invitation": { url: "http://localhost:3000/invite/t4", role: "MEMBER" },
        });
      } finally {
        await client.end();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
