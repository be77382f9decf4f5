// The REST API's HTTP behaviour around the use cases: problem documents for bad input (nothing
// written), localized messages, Idempotency-Key (two at once → one invitation), the per-key rate
// limit, keys stored only as hashes, the statements a list request costs, and cursors that
// resume after the last row seen whatever changed meanwhile.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.ROSTER_SQL_COUNT = "on";
});

import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { runInRequestScope, settledStatements } from "@/lib/db/sql-count";
import { tokenHash } from "@/lib/crypto/token-hash";
import { API_KEY_REQUESTS_PER_MINUTE } from "@/lib/rate-limit/rules";
import * as users from "@/app/api/v1/orgs/[slug]/users/route";
import * as workspaces from "@/app/api/v1/orgs/[slug]/workspaces/route";
import * as contacts from "@/app/api/v1/orgs/[slug]/contacts/route";
import * as invitations from "@/app/api/v1/orgs/[slug]/invitations/route";
import { createOrgWithRoles, uid } from "../support/factories";
import { createMember, createWorkspaceRow, usersSnapshot } from "../support/user-factories";
import { callApi, newKey } from "../support/api-client";

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
let key: string;
const slug = () => org.organization.slug;
const params = () => ({ slug: slug() });

beforeAll(async () => {
  org = await createOrgWithRoles("Http");
  key = await newKey(slug(), org.users.ORG_ADMIN.id, "ORG_ADMIN");
  for (let i = 0; i < 30; i++)
    await createMember(org.organization.id, "MEMBER", "ACTIVE", { name: `Person ${String(i).padStart(2, "0")}` });
});

const invite = (body: unknown, headers: Record<string, string> = {}) =>
  callApi(users.POST, { method: "POST", path: "/users", params: params(), key, body, headers });

describe("bad input: a problem document, nothing written", () => {
  const cases: [string, () => ReturnType<typeof callApi>, number, string][] = [
    [
      "a body over 1 MB",
      () => invite({ email: "a@example.test", role: "MEMBER", language: "en", pad: "x".repeat(1024 * 1024) }),
      413,
      "TOO_LARGE",
    ],
    [
      "a form body",
      () => invite("email=a%40example.test", { "content-type": "application/x-www-form-urlencoded" }),
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    ],
    ["no content type", () => invite("{}", { "content-type": "" }), 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["malformed JSON", () => invite("{ email: "), 400, "BAD_REQUEST"],
    ["a JSON array", () => invite([1, 2]), 400, "BAD_REQUEST"],
    [
      "an unknown field",
      () => invite({ email: `u-${uid()}@example.test`, role: "MEMBER", language: "en", admin: true }),
      400,
      "BAD_REQUEST",
    ],
    ["a NUL byte", () => invite({ email: `u-${uid()}@example.test`, role: "MEMBER", language: "en\u0000" }), 400, "BAD_REQUEST"],
    ["an invalid email", () => invite({ email: "not-an-email", role: "MEMBER", language: "en" }), 422, "INVALID"],
  ];
  it.each(cases)("%s", async (_name, send, status, code) => {
    const before = await usersSnapshot();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body).toMatchObject({ status, code, type: "about:blank" });
    expect(typeof response.body.detail).toBe("string");
    expect(await usersSnapshot()).toEqual(before);
  });

  it("names the unknown fields, and gives the forms' field errors in the caller's language", async () => {
    const unknown = await invite({ email: "a@example.test", role: "MEMBER", language: "en", admin: true });
    expect(Object.keys(unknown.body.errors)).toEqual(["admin"]);
    const fr = await callApi(users.POST, {
      method: "POST",
      path: "/users",
      params: params(),
      key,
      body: { email: "nope", role: "KING", language: "en" },
      headers: { "accept-language": "fr-FR,fr;q=0.9" },
    });
    expect(fr.status).toBe(422);
    expect(fr.body.errors.email[0]).toMatch(/adresse/i);
    expect(fr.body.errors.role[0]).toMatch(/rôle/i);
  });

  it("answers 401 with no hint, whatever is wrong with the key", async () => {
    const bodies = [];
    for (const bad of [null, "nope", `rst_live_${"0".repeat(16)}_${"A".repeat(43)}`, key.slice(0, -1) + (key.endsWith("A") ? "B" : "A")]) {
      const response = await callApi(users.GET, { path: "/users", params: params(), key: bad });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      bodies.push(response.body);
    }
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
  });
});

describe("Idempotency-Key", () => {
  it("two identical requests at once make one invitation; a retry gets the first answer", async () => {
    const email = `once-${uid()}@example.test`;
    const headers = { "idempotency-key": randomUUID() };
    const body = { email, role: "MEMBER", language: "en" };
    const [a, b] = await Promise.all([invite(body, headers), invite(body, headers)]);
    const statuses = [a.status, b.status].sort();
    // One ran; the other either waited for it and replayed it, or was told it is still running.
    expect(statuses[0]).toBe(201);
    expect([201, 409]).toContain(statuses[1]);
    const retry = await invite(body, headers);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual((a.status === 201 ? a : b).body);
    expect(await db.invitation.count({ where: { organizationId: org.organization.id, email } })).toBe(1);
    expect(
      await db.auditEvent.count({
        where: { organizationId: org.organization.id, action: "user.invited", metadata: { path: ["email"], equals: email } },
      }),
    ).toBe(1);
  });

  it("two contact invitations sent at once with one key make one invitation, emailed once", async () => {
    const email = `contact-once-${uid()}@example.test`;
    const headers = { "idempotency-key": randomUUID() };
    const body = { email, roles: ["NEW_QUOTES"], language: "en" };
    const send = () => callApi(invitations.POST, { method: "POST", path: "/invitations", params: params(), key, body, headers });
    const [a, b] = await Promise.all([send(), send()]);
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(201);
    expect([201, 409]).toContain(statuses[1]);
    const first = a.status === 201 ? a : b;
    // The link goes by email only: never in an answer, so never in the stored answers either.
    expect(JSON.stringify(first.body)).not.toMatch(/token|\/invite\//);
    expect((await send()).body).toEqual(first.body);
    expect(await db.invitation.count({ where: { organizationId: org.organization.id, email } })).toBe(1);
    expect(
      await db.auditEvent.count({
        where: { organizationId: org.organization.id, action: "invitation.sent", metadata: { path: ["email"], equals: email } },
      }),
    ).toBe(1);
  });

  it("refuses the same key with another request, and replays a refusal as it was", async () => {
    const headers = { "idempotency-key": randomUUID() };
    const first = await invite({ email: "bad", role: "MEMBER", language: "en" }, headers);
    expect(first.status).toBe(422);
    expect((await invite({ email: "bad", role: "MEMBER", language: "en" }, headers)).body).toEqual(first.body);
    const other = await invite({ email: `x-${uid()}@example.test`, role: "MEMBER", language: "en" }, headers);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe("IDEMPOTENCY_MISMATCH");
  });
});

describe("rate limit per key", () => {
  it("sends RateLimit headers, then 429 with Retry-After past the limit", async () => {
    const own = await newKey(slug(), org.users.ORG_ADMIN.id, "MEMBER");
    const ok = await callApi(workspaces.GET, { path: "/workspaces", params: params(), key: own });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("ratelimit-limit")).toBe(String(API_KEY_REQUESTS_PER_MINUTE));
    expect(Number(ok.headers.get("ratelimit-remaining"))).toBe(API_KEY_REQUESTS_PER_MINUTE - 1);
    await db.$executeRaw`UPDATE "ApiKey" SET "rateWindowHits" = ${API_KEY_REQUESTS_PER_MINUTE} WHERE "lookupId" = ${own.slice(9, 25)}`;
    const refused = await callApi(workspaces.GET, { path: "/workspaces", params: params(), key: own });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe("RATE_LIMITED");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
  });
});

describe("keys at rest and on the wire", () => {
  it("stores only the hash, and never answers the secret again", async () => {
    const row = await db.apiKey.findFirstOrThrow({ where: { lookupId: key.slice(9, 25) } });
    expect(row.secretHash).toBe(tokenHash(key));
    expect(JSON.stringify(row)).not.toContain(key.slice(26));
    const listed = await callApi(users.GET, { path: "/users", params: params(), key });
    expect(JSON.stringify(listed.body)).not.toContain(key.slice(26));
    const events = await db.auditEvent.findMany({ where: { organizationId: org.organization.id } });
    expect(JSON.stringify(events)).not.toContain(key.slice(26));
  });
});

describe("statements per list request", () => {
  async function counted(handler: typeof users.GET, path: string, query = "") {
    const id = randomUUID();
    const request = new Request(`http://localhost:3000/api/v1/orgs/${slug()}${path}${query}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const { scope, result } = runInRequestScope(id, () => handler(request, { params: Promise.resolve(params()) }));
    const response = await result;
    scope.responded();
    expect(response.status).toBe(200);
    const settled = await settledStatements(id, { quietMs: 100 });
    return { response: await response.json(), statements: settled!.statements.map((statement) => statement.sql) };
  }

  it("lists users (with a search, then the next page) in at most 4 statements, key lookup included", async () => {
    const first = await counted(users.GET, "/users", "?limit=25");
    // The key with its organization and creator, its request count and last use, the page, its capped count.
    expect(first.statements).toHaveLength(4);
    expect(first.statements[0]).toMatch(/FROM "ApiKey" k/);
    expect(first.response.data).toHaveLength(25);
    expect(first.response.nextCursor).toEqual(expect.any(String));
    const next = await counted(users.GET, "/users", `?limit=25&cursor=${first.response.nextCursor}`);
    expect(next.statements.length).toBeLessThanOrEqual(4);
    expect(next.response.data.length).toBeGreaterThan(0);
    const ids = new Set([...first.response.data, ...next.response.data].map((row: { membershipId: string }) => row.membershipId));
    expect(ids.size).toBe(first.response.data.length + next.response.data.length);
    const searched = await counted(users.GET, "/users", "?q=person%2007");
    expect(searched.statements.length).toBeLessThanOrEqual(4);
    expect(searched.response.data.map((row: { name: string }) => row.name)).toEqual(["Person 07"]);
  });

  it("lists workspaces and contacts in at most 4 statements", async () => {
    expect((await counted(workspaces.GET, "/workspaces")).statements.length).toBeLessThanOrEqual(4);
    expect((await counted(contacts.GET, "/contacts", "?status=ACTIVE&limit=100")).statements.length).toBeLessThanOrEqual(4);
  });
});

describe("stable cursors", () => {
  type Row = { membershipId?: string; id?: string };
  const ids = (rows: Row[]) => rows.map((row) => row.membershipId ?? row.id);

  it("resume the users and workspaces lists right after the last row seen, whatever was added or removed meanwhile", async () => {
    const own = await createOrgWithRoles("Cursor");
    const ownKey = await newKey(own.organization.slug, own.users.ORG_ADMIN.id, "ORG_ADMIN");
    const ownParams = { slug: own.organization.slug };
    const list = (handler: typeof users.GET, path: string) => callApi(handler, { path, params: ownParams, key: ownKey });
    const members = [];
    for (let i = 0; i < 30; i++) {
      members.push(await createMember(own.organization.id, "MEMBER", "ACTIVE", { name: `Member ${String(i).padStart(2, "0")}` }));
      await createWorkspaceRow(own.organization.id, `Team ${String(i).padStart(2, "0")}`);
    }

    for (const [handler, path] of [
      [users.GET, "/users"],
      [workspaces.GET, "/workspaces"],
    ] as const) {
      const all = ids((await list(handler, `${path}?limit=100`)).body.data);
      const first = await list(handler, `${path}?limit=25`);
      expect(ids(first.body.data)).toEqual(all.slice(0, 25));
      // Meanwhile a row that sorts first arrives, and one of the first page goes.
      if (handler === users.GET) {
        await createMember(own.organization.id, "MEMBER", "ACTIVE", { name: "Aaron Early" });
        await db.membership.delete({ where: { id: members[3].membership.id } });
      } else {
        await createWorkspaceRow(own.organization.id, "Aardvark");
        await db.workspace.delete({ where: { id: first.body.data[3].id } });
      }
      const next = await list(handler, `${path}?limit=25&cursor=${first.body.nextCursor}`);
      expect(next.status).toBe(200);
      expect(ids(next.body.data), path).toEqual(all.slice(25));
      expect(next.body.nextCursor).toBeNull();
    }
  });

  it("refuses a cursor that is not one of ours", async () => {
    const forged = Buffer.from(JSON.stringify({ p: 2, k: ["x", "not an id!"] })).toString("base64url");
    const response = await callApi(users.GET, { path: `/users?cursor=${forged}`, params: params(), key });
    expect([response.status, response.body.code]).toEqual([422, "INVALID"]);
  });
});
