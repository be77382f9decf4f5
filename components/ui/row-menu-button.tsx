// The "⋯" button of a table row that opens its ActionMenu.
import { Icon } from "./icon";

export function RowMenuButton({ label, open, onOpen }: { label: string; open: boolean; onOpen: (anchor: HTMLElement) => void }) {
  return (
    <button
      type="button"
      className="icon-btn"
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded={open ? true : undefined}
      onClick={(event) => onOpen(event.currentTarget)}
    >
      <Icon name="ellipsis" />
    </button>
  );
}
