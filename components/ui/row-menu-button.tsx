// The "⋯" button of a table row that opens its ActionMenu. Its icon is the page's sprite
// "more" (components/ui/icons.tsx), since every row repeats it.
import { SpriteIcon } from "./icons";

export function RowMenuButton({ label, open, onOpen }: { label: string; open: boolean; onOpen: (anchor: HTMLElement) => void }) {
  return (
    <button type="button" className="icon-btn" aria-label={label} aria-haspopup="menu" aria-expanded={open ? true : undefined} onClick={(event) => onOpen(event.currentTarget)}>
      <SpriteIcon name="more" />
    </button>
  );
}
