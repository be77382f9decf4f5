// html-to-text 10 ships no type declarations; this covers the one function used
// (lib/mail/render-email.ts). Hand-written because @types/html-to-text is not installed.
declare module "html-to-text" {
  export type SelectorDefinition = { selector: string; format?: string; options?: Record<string, unknown> };
  export type HtmlToTextOptions = { wordwrap?: number | false | null; selectors?: SelectorDefinition[] } & Record<string, unknown>;
  /** Compiles the options once; the returned function converts HTML to text. */
  export function compile(options?: HtmlToTextOptions): (html: string) => string;
  export function convert(html: string, options?: HtmlToTextOptions): string;
}
