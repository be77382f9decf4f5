import { appUrl } from "@/lib/config";

/**
 * Where a sign-in (or any redirect to a URL a visitor supplied) may lead: a path of this
 * site, else "/". The value is resolved against APP_URL with the URL parser, as a browser
 * resolves a Location header, and kept only when it stays on our origin AND its path cannot
 * be read as protocol-relative: dot segments collapse ("/.//evil.com", "/%2e//evil.com" and
 * "/a/..//evil.com" all become "//evil.com"), so checking the text before resolving is not
 * enough. Backslashes and control characters (browsers read "/\\evil.com" and "/\tevil.com"
 * as "//evil.com") are refused outright, so only plain paths, or absolute URLs of this site
 * (what Auth.js hands its redirect callback), pass.
 */
export function sameSitePath(value: unknown): string {
  if (typeof value !== "string" || /[\\\u0000-\u001f\u007f]/.test(value)) return "/";
  const ours = new URL(appUrl());
  let url: URL;
  try {
    url = value.startsWith("/") ? new URL(value, ours) : new URL(value);
  } catch {
    return "/";
  }
  if (url.origin !== ours.origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}
