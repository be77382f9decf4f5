// Lucide's icons as our controls draw them: without the presentation attributes every lucide
// <svg> repeats (xmlns, fill, stroke, line caps and joins: about 115 bytes an icon, in every
// page's HTML), which app/globals.css gives once to every svg.lucide. Icons drawn into an
// <IconSprite> (components/ui/icons.tsx) come from lucide-react itself: inside <symbol> they keep
// their own attributes, and the sprite draws each of them once a page.
import { createElement } from "react";
import {
  AlertTriangle as AlertTriangleDrawing, ArrowDown as ArrowDownDrawing, ArrowLeft as ArrowLeftDrawing, ArrowUp as ArrowUpDrawing,
  Check as CheckDrawing, CheckCircle2 as CheckCircle2Drawing, ChevronDown as ChevronDownDrawing, ChevronLeft as ChevronLeftDrawing,
  ChevronRight as ChevronRightDrawing, CircleCheck as CircleCheckDrawing, Download as DownloadDrawing, FolderPlus as FolderPlusDrawing,
  Globe as GlobeDrawing, LogOut as LogOutDrawing, Mail as MailDrawing, Menu as MenuDrawing, Pencil as PencilDrawing, Plus as PlusDrawing,
  Printer as PrinterDrawing, Receipt as ReceiptDrawing, Search as SearchDrawing, Trash2 as Trash2Drawing, UserPlus as UserPlusDrawing,
  UserRound as UserRoundDrawing, Users as UsersDrawing, UsersRound as UsersRoundDrawing, X as XDrawing,
  type LucideIcon, type LucideProps,
} from "lucide-react";

// React leaves out an attribute whose value is undefined; lucide spreads these after its defaults.
const SHARED_IN_CSS = { xmlns: undefined, fill: undefined, stroke: undefined, strokeLinecap: undefined, strokeLinejoin: undefined } as const;

type LeanIcon = (props: LucideProps) => React.ReactElement;

function lean(drawing: LucideIcon): LeanIcon {
  const Lean = (props: LucideProps) => createElement(drawing, { ...SHARED_IN_CSS, ...props });
  Lean.displayName = drawing.displayName;
  return Lean;
}

export const AlertTriangle = lean(AlertTriangleDrawing);
export const ArrowDown = lean(ArrowDownDrawing);
export const ArrowLeft = lean(ArrowLeftDrawing);
export const ArrowUp = lean(ArrowUpDrawing);
export const Check = lean(CheckDrawing);
export const CheckCircle2 = lean(CheckCircle2Drawing);
export const ChevronDown = lean(ChevronDownDrawing);
export const ChevronLeft = lean(ChevronLeftDrawing);
export const ChevronRight = lean(ChevronRightDrawing);
export const CircleCheck = lean(CircleCheckDrawing);
export const Download = lean(DownloadDrawing);
export const FolderPlus = lean(FolderPlusDrawing);
export const Globe = lean(GlobeDrawing);
export const LogOut = lean(LogOutDrawing);
export const Mail = lean(MailDrawing);
export const Menu = lean(MenuDrawing);
export const Pencil = lean(PencilDrawing);
export const Plus = lean(PlusDrawing);
export const Printer = lean(PrinterDrawing);
export const Receipt = lean(ReceiptDrawing);
export const Search = lean(SearchDrawing);
export const Trash2 = lean(Trash2Drawing);
export const UserPlus = lean(UserPlusDrawing);
export const UserRound = lean(UserRoundDrawing);
export const Users = lean(UsersDrawing);
export const UsersRound = lean(UsersRoundDrawing);
export const X = lean(XDrawing);
