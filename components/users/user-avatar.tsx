// A person's picture, or their initials on a colour picked from their id (same person, same
// colour). Decorative: the name is always written next to it.
// Styles: `.avatar` and `.av-0` … `.av-7` in app/globals.css.
const COLOURS = 8;

export function initialsOf(name: string | null, email: string): string {
  const words = (name?.trim() || email.split("@")[0]).split(/[\s._-]+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0] ?? "?"];
  return letters.map((word) => [...word][0]?.toUpperCase() ?? "").join("").slice(0, 2) || "?";
}

function colourOf(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `av-${hash % COLOURS}`;
}

export function UserAvatar({ id, name, email, image, size = "md" }: { id: string; name: string | null; email: string; image?: string | null; size?: "sm" | "md" }) {
  const box = size === "sm" ? "avatar avatar-sm" : "avatar";
  if (image) {
    // eslint-disable-next-line @next/next/no-img-element -- pictures are external URLs of any host; next/image would need them listed.
    return <img src={image} alt="" className={`${box} object-cover`} />;
  }
  return (
    <span aria-hidden="true" className={`${box} ${colourOf(id)}`}>
      {initialsOf(name, email)}
    </span>
  );
}
