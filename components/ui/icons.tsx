// Icons come from lucide-react only. A page whose rows repeat icons draws each one once in
// an <IconSprite> and the rows refer to it with <SpriteIcon> (an <svg><use>, ~70 bytes
// instead of ~400 for the full drawing in every row).
import type { LucideIcon } from "lucide-react";

export function IconSprite({ icons }: { icons: Record<string, LucideIcon> }) {
  return (
    <svg aria-hidden="true" focusable="false" className="hidden-sprite">
      {Object.entries(icons).map(([name, Icon]) => (
        <symbol key={name} id={`i-${name}`} viewBox="0 0 24 24">
          <Icon />
        </symbol>
      ))}
    </svg>
  );
}

/**
 * An icon of the page's <IconSprite>, for inside a named control (an IconButton, whose
 * aria-label names it; .icon-btn sizes it): no attribute beyond the reference, since rows
 * repeat it.
 */
export function SpriteIcon({ name, className }: { name: string; className?: string }) {
  return (
    <svg className={className}>
      <use href={`#i-${name}`} />
    </svg>
  );
}
