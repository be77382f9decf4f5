// A person's initials on a colored disc, the color chosen from the name so it stays the
// same everywhere. Decorative: the name is always written next to it.

/** "Sarah Johnson" → "SJ", "Benoît Lefèvre" → "BL", "zoe@x.test" → "Z". */
export function initials(name: string): string {
  const words = name
    .replace(/@.*/, "")
    .split(/[\s._-]+/u)
    .filter((word) => /\p{L}|\p{N}/u.test(word));
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words.slice(0, 1);
  return letters
    .map((word) => [...word.normalize("NFC")][0])
    .join("")
    .toLocaleUpperCase();
}

function colorOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return (hash % 6) + 1;
}

export function Avatar({ name }: { name: string }) {
  return (
    <span aria-hidden="true" className={`avatar a${colorOf(name)}`}>
      {initials(name)}
    </span>
  );
}

/** The avatar and the name side by side. */
export function Person({ name }: { name: string }) {
  return (
    <>
      <Avatar name={name} />
      {name}
    </>
  );
}
