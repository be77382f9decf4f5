"use client";
// Lucide icons for server components. A lucide icon rendered by a server component carries
// its drawing twice — in the HTML and, as the icon's data, in the page's React payload;
// through this client component the payload holds only the icon's name. (Client components
// import lucide-react directly; rows that repeat an icon use the sprite of icons.tsx.)
import { AlertTriangle, ArrowDown, ArrowLeft, ArrowUp, CheckCircle2, ChevronLeft, Download, Globe, LogOut, Mail, Plus, Receipt, Search, UserRound, Users, UsersRound } from "@/components/ui/lucide";

const ICONS = {
  "alert-triangle": AlertTriangle,
  "arrow-down": ArrowDown,
  "arrow-left": ArrowLeft,
  "arrow-up": ArrowUp,
  "check-circle": CheckCircle2,
  "chevron-left": ChevronLeft,
  download: Download,
  globe: Globe,
  "log-out": LogOut,
  mail: Mail,
  plus: Plus,
  receipt: Receipt,
  search: Search,
  "user-round": UserRound,
  users: Users,
  "users-round": UsersRound,
} as const;

export type IconName = keyof typeof ICONS;

/** A decorative icon (the text beside it, or its control's name, says what it means). */
export function Icon({ name, className = "icon" }: { name: IconName; className?: string }) {
  const Drawing = ICONS[name];
  return <Drawing aria-hidden="true" className={className} />;
}
