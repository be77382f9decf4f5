// How a users list row travels to the browser: a compact tuple instead of an object (as
// lib/contacts/contact-wire.ts): the table is drawn by a client component from its rows'
// data, which is in the page's React payload once per row, and the page-weight budget allows ≤ 0.6 KB per
// extra row. Pure: the page encodes, the table decodes.
import { ORG_ROLES as ROLES } from "@/lib/auth/capabilities";
import type { OrgRole } from "@/lib/db/generated/enums";

export type TableUser = {
  /** The membership. */
  id: string;
  name: string | null;
  email: string;
  role: OrgRole;
  pending: boolean;
  /** The viewer's own row. */
  self: boolean;
  /** Epoch ms. */
  lastActive: number | null;
  /** A pending user's invitation expiry, epoch ms. */
  expires: number | null;
  workspaces: number;
  /** The first of their workspaces' names (the rest are counted). */
  names: string[];
  /** Workspace contacts assigned to them. */
  contacts: number;
};

/** [id, name, email, role index, flags (1 pending, 2 self), last active or expiry (epoch s), workspaces, names, contacts] */
export type UserWire = [string, string | null, string, number, number, number | null, number, string[], number];

export function toWire(user: TableUser): UserWire {
  const when = user.pending ? user.expires : user.lastActive;
  return [
    user.id, user.name, user.email, ROLES.indexOf(user.role as (typeof ROLES)[number]), (user.pending ? 1 : 0) | (user.self ? 2 : 0),
    when === null ? null : Math.round(when / 1000), user.workspaces, user.names, user.contacts,
  ];
}

export function fromWire([id, name, email, role, flags, when, workspaces, names, contacts]: UserWire): TableUser {
  const pending = (flags & 1) !== 0;
  const time = when === null ? null : when * 1000;
  return { id, name, email, role: ROLES[role], pending, self: (flags & 2) !== 0, lastActive: pending ? null : time, expires: pending ? time : null, workspaces, names, contacts };
}
