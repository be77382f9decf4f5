// Reads an email's HTML as a mail client would (htmlparser2 decodes entities in attributes
// and keeps the first of duplicated ones, as browsers do), to check what it could run or
// load rather than how it happens to be spelled.
import { Parser } from "htmlparser2";

export type EmailElement = { name: string; attributes: Record<string, string> };

export function elementsOf(html: string): EmailElement[] {
  const elements: EmailElement[] = [];
  const parser = new Parser(
    { onopentag: (name, attributes) => elements.push({ name, attributes }) },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return elements;
}

/** The URL's scheme as a browser reads it (WHATWG URL drops tabs and newlines), or null when it has none. */
function schemeOf(value: string): string | null {
  try {
    return new URL(value).protocol;
  } catch {
    return null;
  }
}

const ACTIVE_ELEMENTS = new Set([
  "script",
  "iframe",
  "frame",
  "object",
  "embed",
  "form",
  "input",
  "button",
  "textarea",
  "svg",
  "math",
  "base",
  "link",
  "style",
]);
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "background", "poster", "cite", "xlink:href"]);

/** Whatever in the email could run script, load from an unsafe place or lead to one: one line each (empty when safe). */
export function unsafePartsOf(html: string): string[] {
  const problems: string[] = [];
  for (const { name, attributes } of elementsOf(html)) {
    if (ACTIVE_ELEMENTS.has(name)) problems.push(`<${name}> element`);
    for (const [attribute, value] of Object.entries(attributes)) {
      if (attribute.startsWith("on")) problems.push(`<${name} ${attribute}="${value}">`);
      if (!URL_ATTRIBUTES.has(attribute)) continue;
      const scheme = schemeOf(value);
      const allowed = name === "img" ? ["https:"] : ["http:", "https:", "mailto:"];
      if (!scheme || !allowed.includes(scheme)) problems.push(`<${name} ${attribute}="${value}">`);
    }
    if (name === "img")
      for (const attribute of Object.keys(attributes))
        if (!["src", "alt", "title"].includes(attribute)) problems.push(`<img ${attribute}>`);
  }
  return problems;
}

/** Every distinct style attribute of the email. */
export const stylesOf = (html: string): Set<string> =>
  new Set(elementsOf(html).flatMap(({ attributes }) => (attributes.style === undefined ? [] : [attributes.style])));

/** The markup with style attributes left out, to match its structure. */
export const withoutStyles = (html: string): string => html.replace(/ style="[^"]*"/g, "");
