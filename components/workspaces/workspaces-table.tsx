"use client";
// The workspaces list, drawn from each row's data: name (a link to the
// workspace), members, workspace contacts. For those who manage workspaces, one "⋯" button
// per row; the row menu exists once per page and opens Rename or Delete (rendered once by
// workspace-dialogs.tsx) for the chosen row.
import { useState } from "react";
import Link from "next/link";
import { routes } from "@/lib/routes";
import { useTranslations } from "@/lib/i18n/client";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ActionMenu } from "@/components/ui/action-menu";
import { Icon } from "@/components/ui/icon";
import { RowMenuButton } from "@/components/ui/row-menu-button";
import { openWorkspaceDialog, type DialogWorkspace } from "./workspace-dialogs";

const ACTION_ICONS = { rename: "pencil", delete: "trash" } as const;

type Props = { slug: string; organizationName: string; rows: DialogWorkspace[]; canManage: boolean; empty: string };

export function WorkspacesTable({ slug, organizationName, rows, canManage, empty }: Props) {
  const t = useTranslations("workspaces");
  const [menu, setMenu] = useState<{ row: DialogWorkspace; anchor: HTMLElement } | null>(null);
  const columns: Column<DialogWorkspace>[] = [
    {
      key: "name",
      header: t("columns.name"),
      rowHeader: true,
      cell: (row) => (
        <Link href={routes.workspace(slug, row.id)} className="link">
          {row.name}
        </Link>
      ),
    },
    { key: "members", header: t("columns.members"), className: "num", cell: (row) => t("memberCount", { count: row.members }) },
    { key: "contacts", header: t("columns.contacts"), className: "num", cell: (row) => t("contactCount", { count: row.contacts }) },
  ];
  if (canManage) {
    columns.push({
      key: "actions",
      header: t("columns.actions"),
      headerHidden: true,
      className: "end",
      cell: (row) => (
        <RowMenuButton
          label={t("menuNamed", { name: row.name })}
          open={menu?.row.id === row.id}
          onOpen={(anchor) => setMenu({ row, anchor })}
        />
      ),
    });
  }
  return (
    <>
      <DataTable
        caption={t("tableCaption", { org: organizationName })}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={empty}
      />
      {canManage ? (
        <ActionMenu
          anchor={menu?.anchor ?? null}
          label={menu ? t("menuNamed", { name: menu.row.name }) : ""}
          onClose={() => setMenu(null)}
          items={
            menu
              ? (["rename", "delete"] as const).map((kind) => ({
                  key: kind,
                  label: t(`${kind}.action`),
                  icon: <Icon name={ACTION_ICONS[kind]} />,
                  tone: kind === "delete" ? "danger" : undefined,
                  onSelect: () => openWorkspaceDialog({ kind, workspace: menu.row, opener: menu.anchor }),
                }))
              : []
          }
        />
      ) : null}
    </>
  );
}
