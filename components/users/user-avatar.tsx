// A person's picture, or their initials on a colour picked from their id (same person, same
// colour). Decorative: the name is always written next to it.
const COLOURS = ["bg-sky-100 text-sky-900", "bg-emerald-100 text-emerald-900", "bg-amber-100 text-amber-900", "bg-rose-100 text-rose-900", "bg-violet-100 text-violet-900", "bg-teal-100 text-teal-900", "bg-orange-100 text-orange-900", "bg-indigo-100 text-indigo-900"];

export function initialsOf(name: string | null, email: string): string {
  const words = (name?.trim() || email.split("@")[0]).split(/[\s._-]+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0] ?? "?"];
  return letters.map((word) => [...word][0]?.toUpperCase() ?? "").join("").slice(0, 2) || "?";
}

function colourOf(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length];
}

export function UserAvatar({ id, name, email, image, size = "md" }: { id: string; name: string | null; email: string; image?: string | null; size?: "sm" | "md" }) {
  const box = size === "sm" ? "size-7 text-[11px]" : "size-9 text-xs";
  if (image) {
    // eslint-disable-next-line @next/next/no-img-element -- pictures are external URLs of any host; next/image would need them listed.
    return <img src={image} alt="" className={`${box} shrink-0 rounded-full object-cover`} />;
  }
  return (
    <span aria-hidden="true" className={`${box} ${colourOf(id)} inline-flex shrink-0 items-center justify-center rounded-full font-semibold`}>
      {initialsOf(name, email)}
    </span>
  );
}
