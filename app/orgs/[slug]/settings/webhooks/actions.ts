"use server";
// Thin server actions of the webhooks page: the caller, the language, the use case, then a refresh.
import { runOrgAction } from "@/lib/actions/run-org-action";
import type { ActionResult } from "@/lib/actions/result";
import { createWebhookEndpoint, type CreatedWebhookEndpoint } from "@/lib/webhooks/create-endpoint";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-secret";
import { disableWebhookEndpoint, enableWebhookEndpoint } from "@/lib/webhooks/set-endpoint-enabled";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-endpoint";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-delivery";
import { routes } from "@/lib/routes";

const pagePath = (slug: string) => routes.webhooks(slug);

type Endpoint = { id: string; url: string };
type WithSecret = Endpoint & { secret: string };

export async function createWebhookEndpointAction(
  slug: string,
  _previous: ActionResult<CreatedWebhookEndpoint> | null,
  formData: FormData,
): Promise<ActionResult<CreatedWebhookEndpoint>> {
  return runOrgAction(createWebhookEndpoint, slug, formData, pagePath);
}

export async function rotateWebhookSecretAction(
  slug: string,
  _previous: ActionResult<WithSecret> | null,
  formData: FormData,
): Promise<ActionResult<WithSecret>> {
  return runOrgAction(rotateWebhookSecret, slug, formData, pagePath);
}

export async function disableWebhookEndpointAction(
  slug: string,
  _previous: ActionResult<Endpoint> | null,
  formData: FormData,
): Promise<ActionResult<Endpoint>> {
  return runOrgAction(disableWebhookEndpoint, slug, formData, pagePath);
}

export async function enableWebhookEndpointAction(
  slug: string,
  _previous: ActionResult<Endpoint> | null,
  formData: FormData,
): Promise<ActionResult<Endpoint>> {
  return runOrgAction(enableWebhookEndpoint, slug, formData, pagePath);
}

export async function deleteWebhookEndpointAction(
  slug: string,
  _previous: ActionResult<Endpoint> | null,
  formData: FormData,
): Promise<ActionResult<Endpoint>> {
  return runOrgAction(deleteWebhookEndpoint, slug, formData, pagePath);
}

export async function resendWebhookDeliveryAction(
  slug: string,
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  return runOrgAction(resendWebhookDelivery, slug, formData, pagePath);
}
