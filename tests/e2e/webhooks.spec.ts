import { expect, test } from "./support/fixtures";
import { signInByEmail } from "./support/auth";
import { createOwnOrganization } from "./support/own-organization";
import { startWebhookReceiver } from "../support/webhook-receiver";

// An endpoint added in the browser, pointing to a receiver started here (the e2e server allows
// private addresses: WEBHOOKS_PRIVATE_NETWORKS=allow in playwright.config.ts); an invitation
// made on the users page reaches it, signed (the receiver verifies with the Standard Webhooks
// library), and the delivery shows in the endpoint's log.
test("add a webhook endpoint, invite a user, see the signed delivery in the endpoint's log", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const receiver = await startWebhookReceiver();
  try {
    const org = await createOwnOrganization("Webhooks");
    await signInByEmail(page, org.people.admin.email);
    await page.goto(`/orgs/${org.slug}/settings`);
    await page.getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();

    // No event chosen: refused next to the events.
    await page.getByLabel("Endpoint URL").fill(receiver.url);
    const events = page.getByRole("group", { name: "Events to send" });
    for (const box of await events.getByRole("checkbox").all()) await box.uncheck();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText("Choose at least one event.")).toBeVisible();

    await events.getByRole("checkbox", { name: /User invited/ }).check();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const dialog = page.getByRole("dialog", { name: "Copy the signing secret" });
    await expect(dialog).toBeVisible();
    const secret = (await dialog.locator("code").first().textContent())!.trim();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    receiver.setSecret(secret);
    await dialog.getByRole("button", { name: /^Copy/ }).click();
    await expect(dialog.getByText("Copied")).toBeVisible();
    await dialog.getByRole("button", { name: "Done" }).click();
    const table = page.getByRole("table", { name: `Webhook endpoints of ${org.name}` });
    await expect(table.getByRole("rowheader", { name: `Delivery log of ${receiver.url}` })).toBeVisible();
    await expect(table).toContainText("Enabled");
    await expect(page.getByText(secret)).toHaveCount(0);

    // The event: a user invited on the users page.
    const invitee = `hooked-${Date.now().toString(36)}@example.test`;
    await page.goto(`/orgs/${org.slug}/users`);
    await page.getByRole("button", { name: "Add user" }).click();
    const add = page.getByRole("dialog", { name: "Add user" });
    await add.getByLabel("Email address").fill(invitee);
    await add.getByRole("button", { name: "Next" }).click();
    await expect(add.getByText(/An invitation was emailed to/)).toBeVisible();

    await expect.poll(() => receiver.received.map((each) => each.type), { timeout: 30_000 }).toEqual(["user.invited"]);
    expect(receiver.badSignatures).toBe(0);
    expect(receiver.received[0].body).toMatchObject({ type: "user.invited", data: { email: invitee, role: "MEMBER" } });

    await page.goto(`/orgs/${org.slug}/settings/webhooks`);
    await page.getByRole("link", { name: `Delivery log of ${receiver.url}` }).click();
    const log = page.getByRole("table", { name: `Latest deliveries to ${receiver.url}` });
    const row = log.getByRole("row").filter({ hasText: receiver.received[0].id });
    await expect(row).toContainText("User invited");
    await expect(row).toContainText("Delivered");
    await expect(row).toContainText("200");
    await expect(row).toContainText("ok");

    // Resend: the same webhook-id arrives again.
    await row.getByRole("button", { name: `Resend User invited (${receiver.received[0].id})` }).click();
    await expect(row.getByRole("status")).toHaveText("Queued again.");
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(2);
    expect(receiver.received[1].id).toBe(receiver.received[0].id);
  } finally {
    await receiver.close();
  }
});
