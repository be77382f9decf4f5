"use client";
// A workspace's two lists, drawn from each row's data: its members (avatar, name, email, role,
// status) and a page of its workspace contacts (name, email, phone, who handles each). Rows
// that can be acted on have one "⋯" button; the menu exists once per page and opens the
// dialogs of workspace-detail-dialogs.tsx (rendered once) for the chosen row, or unassigns.
import { createElement, useMemo, useState } from "react";
import { Ellipsis, UserCheck, UserMinus, UserX } from "lucide-react";
import { assignWorkspaceContactAction } from "@/app/orgs/[slug]/workspaces/actions";
import type { MembershipStatus, OrgRole } from "@/lib/db/generated/enums";
import { useTranslations } from "@/lib/i18n/client";
import { DataTable, Truncate, type Column } from "@/components/ui/data-table";
import { ActionMenu, type MenuItem } from "@/components/ui/action-menu";
import { Avatar } from "@/components/ui/avatar";
import { IconSprite } from "@/components/ui/icons";
import { RowMenuButton } from "@/components/ui/row-menu-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { announce } from "@/components/ui/notice";
import { openWorkspaceDetailDialog } from "./workspace-detail-dialogs";

export type MemberRow = { membershipId: string; name: string; email: string; role: OrgRole; status: MembershipStatus };
export type ContactRow = { id: string; name: string; email: string | null; phone: string | null; assignedName: string | null; assignedMembershipId: string | null; assigned: boolean };
/**
 * A workspace contact on the wire, a tuple (the page-weight budget per row; see lib/contacts/contact-wire.ts):
 * [id, name, email, phone, assigned user's name, their membership in the workspace].
 */
export type ContactRowWire = [string, string, string | null, string | null, string | null, string | null];
const fromWire = ([id, name, email, phone, assignedName, assignedMembershipId]: ContactRowWire): ContactRow =>
  ({ id, name, email, phone, assignedName, assignedMembershipId, assigned: assignedName !== null });

const ICONS = { more: Ellipsis };

type Menu = { anchor: HTMLElement; label: string; items: MenuItem[] };

const icon = (drawing: typeof UserMinus) => createElement(drawing, { "aria-hidden": true, className: "icon" });

export function WorkspaceMembersTable({ workspaceName, rows, canChange }: { workspaceName: string; rows: MemberRow[]; canChange: boolean }) {
  const t = useTranslations("workspaces.detail");
  const roles = useTranslations("roles");
  const status = useTranslations("users.status");
  const [menu, setMenu] = useState<(Menu & { id: string }) | null>(null);
  const columns: Column<MemberRow>[] = [
    { key: "member", header: t("columns.member"), rowHeader: true, cell: (row) => <><Avatar name={row.name} />{row.name}</> },
    { key: "email", header: t("columns.email"), cell: (row) => <Truncate text={row.email} /> },
    { key: "role", header: t("columns.role"), cell: (row) => roles(row.role) },
    { key: "status", header: t("columns.status"), cell: (row) => <StatusBadge tone={row.status === "ACTIVE" ? "ok" : "warn"} label={status(row.status)} /> },
  ];
  if (canChange) {
    columns.push({
      key: "actions", header: t("columns.actions"), headerHidden: true, className: "end",
      cell: (row) => (
        <RowMenuButton
          label={t("memberMenuNamed", { name: row.name })}
          open={menu?.id === row.membershipId}
          onOpen={(anchor) => setMenu({
            id: row.membershipId, anchor, label: t("memberMenuNamed", { name: row.name }),
            items: [{ key: "remove", label: t("remove"), tone: "danger", icon: icon(UserMinus), onSelect: () => openWorkspaceDetailDialog({ kind: "removeMember", member: { membershipId: row.membershipId, name: row.name }, opener: anchor }) }],
          })}
        />
      ),
    });
  }
  return (
    <>
      {canChange ? <IconSprite icons={ICONS} /> : null}
      <DataTable caption={t("membersCaption", { name: workspaceName })} captionHidden columns={columns} rows={rows} rowKey={(row) => row.membershipId} empty={t("noMembers")} />
      {canChange ? <ActionMenu anchor={menu?.anchor ?? null} label={menu?.label ?? ""} items={menu?.items ?? []} onClose={() => setMenu(null)} /> : null}
    </>
  );
}

export function WorkspaceContactsTable({ slug, workspaceId, workspaceName, rows: wire, canHandle, withSprite }: {
  slug: string; workspaceId: string; workspaceName: string; rows: ContactRowWire[]; canHandle: boolean; withSprite: boolean;
}) {
  const rows = useMemo(() => wire.map(fromWire), [wire]);
  const t = useTranslations("workspaces.detail");
  const [menu, setMenu] = useState<(Menu & { id: string }) | null>(null);
  const unassign = async (row: ContactRow, anchor: HTMLElement) => {
    const form = new FormData();
    form.set("workspaceId", workspaceId);
    form.set("workspaceContactId", row.id);
    const result = await assignWorkspaceContactAction(slug, null, form);
    anchor.focus();
    announce(result.ok ? t("unassignDone", { name: row.name }) : (result.formError ?? Object.values(result.fieldErrors ?? {}).flat().join(" ")));
  };
  const columns: Column<ContactRow>[] = [
    { key: "name", header: t("columns.name"), rowHeader: true, cell: (row) => row.name },
    { key: "email", header: t("columns.email"), cell: (row) => (row.email ? <Truncate text={row.email} /> : <span className="dim">—</span>) },
    { key: "phone", header: t("columns.phone"), cell: (row) => row.phone ?? <span className="dim">—</span> },
    { key: "assigned", header: t("columns.assignedTo"), cell: (row) => (row.assignedName ? row.assignedName : <StatusBadge tone="neutral" label={t("unassigned")} />) },
  ];
  if (canHandle) {
    columns.push({
      key: "actions", header: t("columns.actions"), headerHidden: true, className: "end",
      cell: (row) => (
        <RowMenuButton
          label={t("contactMenuNamed", { name: row.name })}
          open={menu?.id === row.id}
          onOpen={(anchor) => setMenu({
            id: row.id, anchor, label: t("contactMenuNamed", { name: row.name }),
            items: [
              { key: "assign", label: t("assign"), icon: icon(UserCheck), onSelect: () => openWorkspaceDetailDialog({ kind: "assign", contact: row, opener: anchor }) },
              ...(row.assigned ? [{ key: "unassign", label: t("unassign"), icon: icon(UserX), onSelect: () => void unassign(row, anchor) }] : []),
            ],
          })}
        />
      ),
    });
  }
  return (
    <>
      {canHandle && withSprite ? <IconSprite icons={ICONS} /> : null}
      <DataTable caption={t("contactsCaption", { name: workspaceName })} captionHidden columns={columns} rows={rows} rowKey={(row) => row.id} empty={t("noContacts")} />
      {canHandle ? <ActionMenu anchor={menu?.anchor ?? null} label={menu?.label ?? ""} items={menu?.items ?? []} onClose={() => setMenu(null)} /> : null}
    </>
  );
}
