// The health probes as a load balancer sees them from the production server: JSON, no
// session, no secret, none of the page headers (proxy.ts leaves them out).
import { expect, test } from "@playwright/test";

test("/api/health and /api/ready answer JSON without a session", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
  expect(health.headers()["set-cookie"]).toBeUndefined();

  // The mail check runs at boot: give it a moment on a busy machine.
  await expect.poll(async () => (await (await request.get("/api/ready")).json()).mail?.ok, { timeout: 20_000 }).toBe(true);
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  const body = await ready.json();
  expect(body).toMatchObject({ status: "ready", ready: true, database: { ok: true }, migrations: { ok: true }, mail: { ok: true } });
  expect(JSON.stringify(body)).not.toMatch(/postgres(ql)?:|smtp:|password|secret/i);
  expect(ready.headers()["set-cookie"]).toBeUndefined();
  expect(ready.headers()["cache-control"]).toBe("no-store");
});
