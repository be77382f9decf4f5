// What the vendor's Markdown may become in an email, as sanitize-html options: text blocks,
// emphasis, lists, headings, code, quotes, rules, links to http(s) and mailto, images over
// https with src, alt and title only. Nothing else survives: no other element, attribute,
// class or URL scheme.
//
// Mail clients drop style sheets, so each element is styled inline like the rest of the email.
// The transforms below set an element's style from these constants, replacing whatever it had,
// and no other element may keep a style: every style in the output is one of ours.
import sanitizeHtml, { type IOptions } from "sanitize-html";
import { BRAND, FONT } from "./email-layout";

const MONO = "SFMono-Regular,Menlo,Monaco,Consolas,'Liberation Mono',monospace";
const TEXT = `font-family:${FONT};font-size:16px;line-height:24px;color:#1f2937`;
const heading = (size: number, lineHeight: number) =>
  `margin:24px 0 8px;font-family:${FONT};font-size:${size}px;line-height:${lineHeight}px;font-weight:700;color:#111827`;

const STYLES = {
  p: `margin:0 0 16px;${TEXT}`,
  h2: heading(20, 28),
  h3: heading(18, 26),
  h4: heading(16, 24),
  h5: heading(16, 24),
  h6: heading(16, 24),
  ul: `margin:0 0 16px;padding:0 0 0 24px;${TEXT}`,
  ol: `margin:0 0 16px;padding:0 0 0 24px;${TEXT}`,
  li: "margin:0 0 4px",
  blockquote: "margin:0 0 16px;padding:0 0 0 12px;border-left:3px solid #d1d5db;color:#4b5563",
  pre: `margin:0 0 16px;padding:12px;background-color:#f3f4f6;border-radius:6px;white-space:pre-wrap;word-break:break-word;font-family:${MONO};font-size:14px;line-height:20px;color:#1f2937`,
  code: `font-family:${MONO};font-size:14px;background-color:#f3f4f6;border-radius:4px`,
  a: `color:${BRAND};text-decoration:underline`,
  hr: "margin:24px 0;border:0;border-top:1px solid #e5e7eb",
} as const;

type StyledTag = keyof typeof STYLES;

const styled = (tag: StyledTag) => sanitizeHtml.simpleTransform(tag, { style: STYLES[tag] }, true);

// The subject is the email's h1: the vendor's headings sit one level under it.
const HEADINGS: Record<string, StyledTag> = { h1: "h2", h2: "h3", h3: "h4", h4: "h5", h5: "h6", h6: "h6" };

const STYLED_TAGS = Object.keys(STYLES) as StyledTag[];

export const EMAIL_MARKDOWN_ALLOW_LIST: IOptions = {
  allowedTags: [...STYLED_TAGS, "br", "strong", "em", "s", "img"],
  allowedAttributes: {
    ...Object.fromEntries(STYLED_TAGS.map((tag) => [tag, ["style"]])),
    a: ["href", "title", "style"],
    ol: ["start", "style"],
    img: ["src", "alt", "title"],
  },
  allowedClasses: {},
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,
  transformTags: {
    ...Object.fromEntries(STYLED_TAGS.map((tag) => [tag, styled(tag)])),
    ...Object.fromEntries(Object.entries(HEADINGS).map(([from, to]) => [from, styled(to)])),
  },
  // An image whose source was refused (http, data:…) is left out rather than shown broken.
  exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
  // Every style left is one of the constants above (see the transforms), so none needs parsing.
  parseStyleAttributes: false,
};
