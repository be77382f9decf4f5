// One HTTP POST of a webhook, guarded against SSRF: the host name is resolved through an
// injectable resolver, every address it resolves to is checked (address-policy.ts), and the
// connection goes to the checked address (the socket's lookup answers it, so a second DNS
// answer cannot swap in another). Redirects are not followed (a 3xx is a failure), and the
// whole exchange is cut after 10 s. Keep-alive agents reuse connections to a receiver.
import http from "node:http";
import https from "node:https";
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP, type LookupFunction } from "node:net";
import { addressPolicy, isAllowedWebhookUrl, isPublicAddress, type AddressPolicy } from "./address-policy";

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));

export type SendOptions = { resolver?: Resolver; policy?: AddressPolicy; timeoutMs?: number };

export type SendResult =
  | { ok: true; status: number; durationMs: number; excerpt: string }
  | { ok: false; status: number | null; durationMs: number; excerpt: string | null; error: string };

export const WEBHOOK_TIMEOUT_MS = 10_000;
/** Characters of the receiver's answer kept in the delivery log. */
export const EXCERPT_CHARS = 500;
const MAX_READ_BYTES = 16 * 1024;

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 64, keepAliveMsecs: 5_000 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 64, keepAliveMsecs: 5_000 }),
};

export class RefusedAddressError extends Error {}

/** The address to connect to: the first one resolved, once every one is allowed. */
export async function checkedAddress(url: URL, resolver: Resolver, policy: AddressPolicy): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  const addresses: ResolvedAddress[] = literal ? [{ address: host, family: literal === 6 ? 6 : 4 }] : await resolver(host);
  if (!addresses.length) throw new RefusedAddressError(`${host} has no address`);
  if (!policy.allowPrivate) {
    const refused = addresses.find((each) => !isPublicAddress(each.address));
    if (refused) throw new RefusedAddressError(`${host} resolves to a non-public address (${refused.address})`);
  }
  return addresses[0];
}

export async function sendWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  { resolver = systemResolver, policy = addressPolicy(), timeoutMs = WEBHOOK_TIMEOUT_MS }: SendOptions = {},
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (!isAllowedWebhookUrl(url, policy)) return { ok: false, status: null, durationMs: 0, excerpt: null, error: "URL not allowed" };
  const target = new URL(url);
  let resolved: ResolvedAddress;
  try {
    resolved = await checkedAddress(target, resolver, policy);
  } catch (error) {
    return { ok: false, status: null, durationMs: elapsed(), excerpt: null, error: (error as Error).message };
  }
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) callback(null, [resolved] as never);
    else callback(null, resolved.address, resolved.family);
  };
  const secure = target.protocol === "https:";
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = (secure ? https : http).request(
      {
        protocol: target.protocol,
        hostname: target.hostname.replace(/^\[|\]$/g, ""),
        port: target.port || (secure ? 443 : 80),
        path: `${target.pathname}${target.search}`,
        method: "POST",
        agent: secure ? agents.https : agents.http,
        lookup,
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "user-agent": "Roster-Webhooks/1",
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < MAX_READ_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          const excerpt = Buffer.concat(chunks).toString("utf8").slice(0, EXCERPT_CHARS);
          if (status >= 200 && status < 300) finish({ ok: true, status, durationMs: elapsed(), excerpt });
          else
            finish({
              ok: false,
              status,
              durationMs: elapsed(),
              excerpt,
              error: status >= 300 && status < 400 ? "redirect not followed" : `HTTP ${status}`,
            });
        });
        response.on("error", (error) =>
          finish({ ok: false, status: response.statusCode ?? null, durationMs: elapsed(), excerpt: null, error: error.message }),
        );
      },
    );
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    request.on("error", (error) => finish({ ok: false, status: null, durationMs: elapsed(), excerpt: null, error: error.message }));
    request.end(body);
  });
}
