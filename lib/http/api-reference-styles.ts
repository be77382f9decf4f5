// The two inline <style> elements the API reference's renderer (Scalar) writes, allowed by their
// SHA-256 on /docs/api only (proxy.ts), so the page runs under the nonce CSP with nothing
// refused: its theme's variables (theme "none", no fonts: our stylesheet overrides them,
// components/api-docs/api-reference.css) and its toasts' styles (@scalar/use-toasts). A hash
// admits that exact text and nothing else, unlike 'unsafe-inline'. Their text is fixed by the
// pinned version; tests/unit/api-reference-styles.test.ts recomputes both from the installed
// packages, so an upgrade that changes them fails there, not silently in browsers.
import { routes } from "@/lib/routes";

export const API_REFERENCE_STYLE_HASHES = [
  "'sha256-T13Uev3xCax2N28XaoAE8DOzQZKvPp7ZQVAi1iRREjo='",
  "'sha256-l/2OpPg0d+2VLTLgwjf5mQo2CYwHDEqdj5TjbfEyVJI='",
] as const;

/**
 * The two style attributes of the renderer's scrollbar probe (@scalar/themes'
 * hasObtrusiveScrollbars: a 30 px box that scrolls, and its content), allowed by the hash of
 * their exact values (style-src-attr 'unsafe-hashes'): refused, the probe measured an unstyled
 * box. tests/unit/api-reference-styles.test.ts recomputes them from the installed package too. Not admitted: the
 * `--line-count: N; --line-digits: D;` attribute its code highlighter writes on each code
 * sample, whose values follow the sample's number of lines; refused, the line numbers keep
 * no minimum width, which changes nothing below ten lines (api-reference.css gives them one).
 */
export const API_REFERENCE_STYLE_ATTRIBUTE_HASHES = [
  "'sha256-im4bR8m0i9OTwS6FwAG4MKlk4URQdZkDu1Tx9kDpKNw='",
  "'sha256-v6FGbsebOHJ39qjwyswuNyhVylA7DHti/pqoiIvwbXQ='",
] as const;

/** The reference page's path: the only one whose policy carries the hashes. */
export const API_REFERENCE_PATH = routes.apiDocs();
