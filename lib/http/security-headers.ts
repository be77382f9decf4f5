// The security headers of every response, set by proxy.ts (one place). The Content-
// Security-Policy allows only this site's files and the scripts carrying the request's
// nonce: Next reads the nonce from the policy on the request and puts it on its own
// scripts (which is why pages render dynamically), so an injected <script> never runs.

export type PolicyOptions = {
  nonce: string;
  /** `next dev`: React's refresh and error overlay need eval and inline styles. */
  development: boolean;
  /** Served over HTTPS (APP_URL): upgrade stray http: requests. */
  https: boolean;
  /**
   * The dev mailbox shows captured emails in a sandboxed srcdoc frame, which inherits
   * this policy; emails are styled inline.
   */
  inlineStyles: boolean;
  /**
   * An email preview of settings → Notifications (isEmailPreviewPath): a document of its
   * own, shown in a frame of the same site's page, styled inline like every email, and
   * sandboxed (no script runs, no form or link leaves it).
   */
  emailPreview?: boolean;
  /** Inline styles a page's renderer writes, allowed by their hash on that page only (lib/http/api-reference-styles.ts). */
  styleHashes?: readonly string[];
  /**
   * Style attributes a page's renderer writes, allowed by the hash of their exact value on that
   * page only: CSP Level 3 `style-src-attr` with 'unsafe-hashes' (without it, hashes never
   * apply to attributes). Browsers without style-src-attr fall back to style-src, which
   * refuses them as before.
   */
  styleAttributeHashes?: readonly string[];
};

/** The notifications page's email previews: /orgs/<slug>/settings/notifications/preview. */
export function isEmailPreviewPath(pathname: string): boolean {
  return /^\/orgs\/[^/]+\/settings\/notifications\/preview$/.test(pathname);
}

export function contentSecurityPolicy({
  nonce,
  development,
  https,
  inlineStyles,
  emailPreview = false,
  styleHashes = [],
  styleAttributeHashes = [],
}: PolicyOptions): string {
  const inline = development || inlineStyles || emailPreview;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // A nonce makes browsers ignore 'unsafe-inline', so the two never go together.
    inline ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'${styleHashes.map((hash) => ` ${hash}`).join("")}`,
    ...(!inline && styleAttributeHashes.length ? [`style-src-attr 'unsafe-hashes' ${styleAttributeHashes.join(" ")}`] : []),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    emailPreview ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
    ...(emailPreview ? ["sandbox"] : []),
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * The headers besides the policy. HSTS only over HTTPS (browsers ignore it on http:), without includeSubDomains: the app does not own its
 * neighbours.
 */
export function securityHeaders({ https, emailPreview = false }: { https: boolean; emailPreview?: boolean }): Record<string, string> {
  return {
    "X-Frame-Options": emailPreview ? "SAMEORIGIN" : "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000" } : {}),
  };
}

/** 16 random bytes, base64: a fresh nonce per request. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
