// The vendor's Markdown as email HTML, in two steps so that neither alone has to be perfect:
// markdown-it renders it with raw HTML off (a "<" of the vendor's shows as text, never as
// markup) and links only to absolute http(s) and mailto URLs; sanitize-html then keeps only
// the allow-list of markdown-allow-list.ts, which also styles each element inline.
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";
import { EMAIL_MARKDOWN_ALLOW_LIST } from "./markdown-allow-list";

// breaks: a line break the vendor typed stays one, as in the text part (the Markdown as written).
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true }).disable(["table"]);

// Bare addresses become links only with their scheme ("example.com" stays text).
markdown.linkify.set({ fuzzyLink: false });

const LINK_SCHEMES = ["http:", "https:", "mailto:"];

// markdown-it's own check only refuses javascript:, vbscript:, file: and data:. A link in an
// email must also be absolute (a relative one leads nowhere from a mailbox); one that is not
// stays as its Markdown text.
markdown.validateLink = (url: string) => {
  try {
    return LINK_SCHEMES.includes(new URL(url).protocol);
  } catch {
    return false;
  }
};

export function markdownToEmailHtml(source: string): string {
  return sanitizeHtml(markdown.render(source), EMAIL_MARKDOWN_ALLOW_LIST);
}
