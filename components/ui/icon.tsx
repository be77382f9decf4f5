"use client";
// The one way to draw an icon: <Icon name="pencil" />, from server and client components
// alike, with lucide-react's drawings listed here by name (nothing else imports lucide-react).
// A client component, so that a server page's React payload names the icon instead of
// carrying its drawing; rows that repeat an icon cost little once compressed.
import {
  AlertTriangle,
  ArrowDown,
  ArrowLeft,
  ArrowRightLeft,
  ArrowUp,
  Ban,
  Check,
  CheckCircle2,
  ChevronDown,
  ChevronLeft,
  ChevronRight,
  CircleCheck,
  CircleX,
  Download,
  Ellipsis,
  FolderPlus,
  Globe,
  LogOut,
  Mail,
  Menu,
  Pencil,
  Plus,
  Printer,
  Receipt,
  RotateCw,
  Search,
  Send,
  Trash2,
  Upload,
  UserCheck,
  UserMinus,
  UserPlus,
  UserRound,
  Users,
  UsersRound,
  UserX,
  X,
} from "lucide-react";

const DRAWINGS = {
  "alert-triangle": AlertTriangle,
  "arrow-down": ArrowDown,
  "arrow-left": ArrowLeft,
  "arrow-right-left": ArrowRightLeft,
  "arrow-up": ArrowUp,
  ban: Ban,
  check: Check,
  "check-circle": CheckCircle2,
  "chevron-down": ChevronDown,
  "chevron-left": ChevronLeft,
  "chevron-right": ChevronRight,
  "circle-check": CircleCheck,
  "circle-x": CircleX,
  download: Download,
  ellipsis: Ellipsis,
  "folder-plus": FolderPlus,
  globe: Globe,
  "log-out": LogOut,
  mail: Mail,
  menu: Menu,
  pencil: Pencil,
  plus: Plus,
  printer: Printer,
  receipt: Receipt,
  "rotate-cw": RotateCw,
  search: Search,
  send: Send,
  trash: Trash2,
  upload: Upload,
  "user-check": UserCheck,
  "user-minus": UserMinus,
  "user-plus": UserPlus,
  "user-round": UserRound,
  "user-x": UserX,
  users: Users,
  "users-round": UsersRound,
  x: X,
} as const;

export type IconName = keyof typeof DRAWINGS;

/** A decorative icon (the text beside it, or its control's name, says what it means). */
export function Icon({ name, className = "icon" }: { name: IconName; className?: string }) {
  const Drawing = DRAWINGS[name];
  return <Drawing aria-hidden="true" className={className} />;
}
