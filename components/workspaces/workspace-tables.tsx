"use client";
// A workspace's two lists, drawn from each row's data (lib/workspaces/workspace-wire.ts): its
// members (avatar, name, email, role, status) and a page of its workspace contacts (name,
// email, phone, who handles each). Rows that can be acted on have one "⋯" button; the menu
// exists once per page and opens the dialogs of workspace-detail-dialogs.tsx (rendered once)
// for the chosen row, or unassigns.
import { useState } from "react";
import { assignWorkspaceContactAction } from "@/app/orgs/[slug]/workspaces/actions";
import type { WorkspaceContactWire, WorkspaceMemberWire } from "@/lib/workspaces/workspace-wire";
import { useTranslations } from "@/lib/i18n/client";
import { DataTable, Truncate, type Column } from "@/components/ui/data-table";
import { ActionMenu, type MenuItem } from "@/components/ui/action-menu";
import { Avatar } from "@/components/ui/avatar";
import { Icon } from "@/components/ui/icon";
import { RowMenuButton } from "@/components/ui/row-menu-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { announce } from "@/components/ui/notice";
import { openWorkspaceDetailDialog } from "./workspace-detail-dialogs";

type Menu = { anchor: HTMLElement; label: string; items: MenuItem[] };

export function WorkspaceMembersTable({
  workspaceName,
  rows,
  canChange,
}: {
  workspaceName: string;
  rows: WorkspaceMemberWire[];
  canChange: boolean;
}) {
  const t = useTranslations("workspaces.detail");
  const roles = useTranslations("roles");
  const status = useTranslations("users.status");
  const [menu, setMenu] = useState<(Menu & { id: string }) | null>(null);
  const columns: Column<WorkspaceMemberWire>[] = [
    {
      key: "member",
      header: t("columns.member"),
      rowHeader: true,
      cell: (row) => (
        <>
          <Avatar name={row.name} />
          {row.name}
        </>
      ),
    },
    { key: "email", header: t("columns.email"), cell: (row) => <Truncate text={row.email} /> },
    { key: "role", header: t("columns.role"), cell: (row) => roles(row.role) },
    {
      key: "status",
      header: t("columns.status"),
      cell: (row) => <StatusBadge tone={row.status === "ACTIVE" ? "ok" : "warn"} label={status(row.status)} />,
    },
  ];
  if (canChange) {
    columns.push({
      key: "actions",
      header: t("columns.actions"),
      headerHidden: true,
      className: "end",
      cell: (row) => (
        <RowMenuButton
          label={t("memberMenuNamed", { name: row.name })}
          open={menu?.id === row.membershipId}
          onOpen={(anchor) =>
            setMenu({
              id: row.membershipId,
              anchor,
              label: t("memberMenuNamed", { name: row.name }),
              items: [
                {
                  key: "remove",
                  label: t("remove"),
                  tone: "danger",
                  icon: <Icon name="user-minus" />,
                  onSelect: () =>
                    openWorkspaceDetailDialog({
                      kind: "removeMember",
                      member: { membershipId: row.membershipId, name: row.name },
                      opener: anchor,
                    }),
                },
              ],
            })
          }
        />
      ),
    });
  }
  return (
    <>
      <DataTable
        caption={t("membersCaption", { name: workspaceName })}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(row) => row.membershipId}
        empty={t("noMembers")}
      />
      {canChange ? (
        <ActionMenu anchor={menu?.anchor ?? null} label={menu?.label ?? ""} items={menu?.items ?? []} onClose={() => setMenu(null)} />
      ) : null}
    </>
  );
}

export function WorkspaceContactsTable({
  slug,
  workspaceId,
  workspaceName,
  rows,
  canHandle,
}: {
  slug: string;
  workspaceId: string;
  workspaceName: string;
  rows: WorkspaceContactWire[];
  canHandle: boolean;
}) {
  const t = useTranslations("workspaces.detail");
  const [menu, setMenu] = useState<(Menu & { id: string }) | null>(null);
  const unassign = async (row: WorkspaceContactWire, anchor: HTMLElement) => {
    const form = new FormData();
    form.set("workspaceId", workspaceId);
    form.set("workspaceContactId", row.id);
    const result = await assignWorkspaceContactAction(slug, null, form);
    anchor.focus();
    announce(
      result.ok
        ? t("unassignDone", { name: row.name })
        : (result.formError ??
            Object.values(result.fieldErrors ?? {})
              .flat()
              .join(" ")),
    );
  };
  const columns: Column<WorkspaceContactWire>[] = [
    { key: "name", header: t("columns.name"), rowHeader: true, cell: (row) => row.name },
    {
      key: "email",
      header: t("columns.email"),
      cell: (row) => (row.email ? <Truncate text={row.email} /> : <span className="dim">—</span>),
    },
    { key: "phone", header: t("columns.phone"), cell: (row) => row.phone ?? <span className="dim">—</span> },
    {
      key: "assigned",
      header: t("columns.assignedTo"),
      cell: (row) => (row.assignedName ? row.assignedName : <StatusBadge tone="neutral" label={t("unassigned")} />),
    },
  ];
  if (canHandle) {
    columns.push({
      key: "actions",
      header: t("columns.actions"),
      headerHidden: true,
      className: "end",
      cell: (row) => (
        <RowMenuButton
          label={t("contactMenuNamed", { name: row.name })}
          open={menu?.id === row.id}
          onOpen={(anchor) =>
            setMenu({
              id: row.id,
              anchor,
              label: t("contactMenuNamed", { name: row.name }),
              items: [
                {
                  key: "assign",
                  label: t("assign"),
                  icon: <Icon name="user-check" />,
                  onSelect: () => openWorkspaceDetailDialog({ kind: "assign", contact: row, opener: anchor }),
                },
                ...(row.assignedName !== null
                  ? [{ key: "unassign", label: t("unassign"), icon: <Icon name="user-x" />, onSelect: () => void unassign(row, anchor) }]
                  : []),
              ],
            })
          }
        />
      ),
    });
  }
  return (
    <>
      <DataTable
        caption={t("contactsCaption", { name: workspaceName })}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={t("noContacts")}
      />
      {canHandle ? (
        <ActionMenu anchor={menu?.anchor ?? null} label={menu?.label ?? ""} items={menu?.items ?? []} onClose={() => setMenu(null)} />
      ) : null}
    </>
  );
}
