// French typography, applied to the whole French catalog once when it loads (not string by
// string), so pages, client components and emails all get it:
// - a narrow no-break space (U+202F) before ; ! ? and : and inside « » quotes;
// - French quotes « » instead of "…" or “…”; the typographic apostrophe ’;
// - elision before an interpolated value: "de {org}" reads "d’Acme" but "de Roster". The
//   catalog cannot know the value, so the word is marked here and the mark is resolved
//   after interpolation by finishMessage(), which every translator wrapper calls.

/** Invisible (WORD JOINER), so a string that skipped finishMessage still reads "de Acme". */
export const ELISION_MARK = "\u2060";
const NNBSP = "\u202F";

/** Words that elide before a vowel sound when an interpolated value follows them. */
const ELIDING = /(^|[^\p{L}])(de|que|lorsque|puisque|jusque|le|la)[ \u00A0]+\{(\w+)\}/giu;

export function typesetFrenchMessage(message: string): string {
  return (
    message
      .replace(/'/g, "’")
      .replace(/"([^"]*)"|“([^”]*)”/g, (_, straight: string | undefined, curly: string | undefined) => `«${straight ?? curly}»`)
      .replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
      .replace(/[ \u00A0\u202F]*»/g, `${NNBSP}»`)
      // "Nom :" keeps its space but narrow and unbreakable; a missing one before ; ! ? is added.
      .replace(/[ \u00A0\u202F]+([:;!?])/g, `${NNBSP}$1`)
      .replace(/([\p{L}\p{N}})»])([;!?]+)(?=[\s»)]|$)/gu, `$1${NNBSP}$2`)
      .replace(/([\p{L}})»])(:)(?=\s|$)/gu, `$1${NNBSP}$2`)
      .replace(ELIDING, (_, before: string, word: string, argument: string) => `${before}${word}${ELISION_MARK} {${argument}}`)
  );
}

/** The French catalog with its typography applied (same shape). */
export function typesetFrench<T>(messages: T): T {
  if (typeof messages === "string") return typesetFrenchMessage(messages) as T;
  if (messages === null || typeof messages !== "object") return messages;
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, typesetFrench(value)])) as T;
}

const VOWELS = new Set("aeiouœæ");
const baseLetter = (letter: string | undefined) => (letter ?? "").normalize("NFD").charAt(0).toLowerCase();
const isVowel = (letter: string | undefined) => VOWELS.has(baseLetter(letter));

/**
 * Whether a value starts with a vowel sound. An h followed by a vowel counts as mute
 * ("d’Hélène"; an aspirated h as in "Hachette" cannot be told apart from the spelling);
 * a y counts as a vowel before a consonant ("d’Yves") but not before a vowel ("de Yahoo").
 * Email addresses and domain names are written as they are: "en tant que ada@acme.test".
 */
function elidesBefore(word: string): boolean {
  if (/@|:\/\/|\.\p{L}/u.test(word)) return false;
  const [first, second] = [...word];
  const letter = baseLetter(first);
  if (letter === "h") return isVowel(second);
  if (letter === "y") return !!second && /\p{L}/u.test(second) && !isVowel(second);
  return isVowel(first);
}

/** Resolves the elision marks of an interpolated message: "de⁠ Acme" → "d’Acme", "de⁠ Roster" → "de Roster". */
export function finishMessage(text: string): string {
  if (!text.includes(ELISION_MARK)) return text;
  return text
    .replace(/(\p{L}+)\u2060 (?=(\S*))/gu, (_, word: string, next: string) => (elidesBefore(next) ? `${word.slice(0, -1)}’` : `${word} `))
    .replaceAll(ELISION_MARK, "");
}
