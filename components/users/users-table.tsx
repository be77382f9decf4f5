"use client";
// The users list (SPEC §4 "Users"), drawn from each row's data (lib/users/user-wire.ts): avatar, name and email, role,
// last active (*Pending* for invitations not yet accepted), workspaces. One "⋯" button per
// row; the row menu and the Edit, Delete and Revoke dialogs exist ONCE per page and open for
// the chosen row, their words fetched when a menu first opens (components/message-sets.ts), so
// a row costs its data and its cells (the page is held to a weight budget).
import { useCallback, useMemo, useState } from "react";
import { useLocale } from "next-intl";
import { useRouter } from "next/navigation";
import { routes } from "@/lib/routes";
import { resendUserInvitationAction } from "@/app/orgs/[slug]/users/actions";
import { canAssignRole, canRemoveRole } from "@/lib/auth/capabilities";
import type { OrgRole } from "@/lib/db/generated/enums";
import { formatDateCached as formatDate, formatRelative } from "@/lib/i18n/relative-time";
import { useTranslations } from "@/lib/i18n/client";
import { DataTable, Truncate, type Column } from "@/components/ui/data-table";
import { ActionMenu, type MenuItem } from "@/components/ui/action-menu";
import { Avatar } from "@/components/ui/avatar";
import { Icon, type IconName } from "@/components/ui/icon";
import { RowMenuButton } from "@/components/ui/row-menu-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { announce } from "@/components/ui/notice";
import { useMessageSet } from "@/components/lazy-messages";
import type { UserWire } from "@/lib/users/user-wire";
import { WorkspaceNames, WorkspaceNamesTip } from "./workspace-names";
import { openUserDialog, UserDialogs, type DialogUser } from "./user-dialogs";
import { UsersBulkBar, type ListCount } from "./users-bulk-bar";
import type { BulkOperationKind, BulkSelection } from "./users-bulk-dialog";

/** What the viewer may do (the server checks again on every action). */
export type Viewer = {
  role: OrgRole | null;
  changeRole: boolean;
  changeWorkspaces: boolean;
  remove: boolean;
  add: boolean;
  /** Sees a person's access (users and contacts both). */
  access: boolean;
};

type Props = {
  slug: string;
  organizationName: string;
  rows: UserWire[];
  viewer: Viewer;
  actions: boolean;
  now: number;
  assignableRoles: readonly OrgRole[];
  /** The list's total and filter, for "all matching the filter". */
  total: ListCount;
  filter: Extract<BulkSelection, { filter: unknown }>["filter"];
};

const ACTION_ICONS = {
  access: "user-check",
  resend: "rotate-cw",
  revoke: "circle-x",
  edit: "pencil",
  delete: "trash",
} as const satisfies Record<string, IconName>;
type ActionKind = keyof typeof ACTION_ICONS;

export function UsersTable({ slug, organizationName, rows, viewer, actions, now, assignableRoles, total, filter }: Props) {
  const t = useTranslations("users");
  const roles = useTranslations("roles");
  const locale = useLocale() as "en" | "fr";
  const router = useRouter();
  const [menu, setMenu] = useState<{ row: UserWire; anchor: HTMLElement } | null>(null);
  // The dialogs' words, fetched as a row menu opens (or with the first request).
  const { load } = useMessageSet("userDialogs");
  const current = new Date(now);
  // Actions on a selection, for the roles that may do them (the viewer's flags are off in a read-only organization).
  const operations: BulkOperationKind[] = [
    ...(viewer.changeRole ? (["changeRole"] as const) : []),
    ...(viewer.changeWorkspaces ? (["assignWorkspace", "removeWorkspace"] as const) : []),
    ...(viewer.remove ? (["delete"] as const) : []),
  ];
  const selectable = operations.length > 0;
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  // Another page, filter or refresh brings other rows: what was picked on this page only.
  const pageIds = useMemo(() => rows.map((row) => row.membershipId), [rows]);
  const [shownIds, setShownIds] = useState(pageIds);
  if (shownIds !== pageIds) {
    setShownIds(pageIds);
    setPicked(new Set([...picked].filter((id) => pageIds.includes(id))));
    setAllMatching(false);
  }
  const selection = useMemo<BulkSelection>(() => (allMatching ? { filter } : { ids: [...picked] }), [allMatching, filter, picked]);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(allMatching ? pageIds : picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
    setAllMatching(false);
  };
  const clear = useCallback(() => {
    setPicked(new Set());
    setAllMatching(false);
  }, []);

  const nameOf = (row: UserWire) => row.name?.trim() || row.email;
  /** The row's actions, in menu order. */
  const actionsOf = (row: UserWire): ActionKind[] => {
    const self = row.self;
    const invite = viewer.add && row.pending && !!viewer.role && canAssignRole(viewer.role, row.role);
    const edit = (viewer.changeRole && !self) || viewer.changeWorkspaces;
    const remove = viewer.remove && !self && !row.pending && !!viewer.role && canRemoveRole(viewer.role, row.role);
    return [
      // Only those who accepted can open the organization: a pending user has no access to show.
      ...(viewer.access && !row.pending ? (["access"] as const) : []),
      ...(invite ? (["resend", "revoke"] as const) : []),
      ...(edit ? (["edit"] as const) : []),
      ...(remove ? (["delete"] as const) : []),
    ];
  };
  const dialogUser = (row: UserWire): DialogUser => {
    const self = row.self;
    return {
      membershipId: row.membershipId,
      name: nameOf(row),
      email: row.email,
      role: row.role,
      status: row.pending ? "PENDING" : "ACTIVE",
      workspaceCount: row.workspaceCount,
      assignedContacts: row.assignedContacts,
      self,
      canChangeRole: viewer.changeRole && !self,
      canChangeWorkspaces: viewer.changeWorkspaces,
    };
  };
  const resend = async (row: UserWire, anchor: HTMLElement) => {
    const result = await resendUserInvitationAction(slug, row.membershipId);
    anchor.focus();
    announce(
      result.ok
        ? t("resent", { email: result.data.email, date: formatDate(locale, new Date(result.data.expiresAt), { dateStyle: "long" }) })
        : (result.formError ??
            Object.values(result.fieldErrors ?? {})
              .flat()
              .join(" ")),
    );
  };
  // Looked up when a menu opens: the page sends these words only to those who may act.
  const label = (kind: ActionKind) => (kind === "access" ? t("access.open") : t(`actions.${kind}`));

  const columns: Column<UserWire>[] = [
    ...(selectable
      ? [
          {
            key: "select",
            header: t("bulk.selectColumn"),
            headerHidden: true,
            cell: (row: UserWire) => (
              <input
                type="checkbox"
                aria-label={t("bulk.selectRow", { name: nameOf(row) })}
                checked={allMatching || picked.has(row.membershipId)}
                onChange={(event) => toggle(row.membershipId, event.target.checked)}
              />
            ),
          },
        ]
      : []),
    {
      key: "name",
      header: t("columns.name"),
      rowHeader: true,
      cell: (row) => (
        <>
          <Avatar name={nameOf(row)} />
          {nameOf(row)}
          {row.self ? <span className="dim"> ({t("you")})</span> : null}
        </>
      ),
    },
    { key: "email", header: t("columns.email"), cell: (row) => <Truncate text={row.email} /> },
    { key: "role", header: t("columns.role"), cell: (row) => roles(row.role) },
    {
      key: "lastActive",
      header: t("columns.lastActive"),
      cell: (row) =>
        row.pending ? (
          <>
            <StatusBadge tone="warn" label={t("pending")} />
            {row.invitationExpires ? (
              <span className="dim">
                {" "}
                {t(row.invitationExpires <= now ? "invitationExpired" : "invitationExpires", {
                  date: formatDate(locale, new Date(row.invitationExpires)),
                })}
              </span>
            ) : null}
          </>
        ) : row.lastActive ? (
          // Relative ("3 hours ago"); the reference time comes from the server, so it renders the same in the browser.
          formatRelative(locale, new Date(row.lastActive), current)
        ) : (
          <span className="dim">{t("never")}</span>
        ),
    },
    {
      key: "workspaces",
      header: t("columns.workspaces"),
      cell: (row) => {
        const hidden = row.workspaceCount - row.workspaceNames.length;
        return (
          <WorkspaceNames
            label={t("workspaceCount", { count: row.workspaceCount })}
            names={row.workspaceNames}
            more={hidden > 0 ? t("workspaceMore", { count: hidden }) : null}
          />
        );
      },
    },
  ];
  if (actions) {
    columns.push({
      key: "actions",
      header: t("columns.actions"),
      headerHidden: true,
      className: "end",
      cell: (row) =>
        actionsOf(row).length ? (
          <RowMenuButton
            label={t("actions.menuNamed", { name: nameOf(row) })}
            open={menu?.row.membershipId === row.membershipId}
            onOpen={(anchor) => {
              void load();
              setMenu({ row, anchor });
            }}
          />
        ) : null,
    });
  }

  const items = (open: { row: UserWire; anchor: HTMLElement }): MenuItem[] =>
    actionsOf(open.row).map((kind) => ({
      key: kind,
      label: label(kind),
      icon: <Icon name={ACTION_ICONS[kind]} />,
      tone: kind === "revoke" || kind === "delete" ? "danger" : undefined,
      onSelect: () => {
        if (kind === "access") router.push(routes.personAccess(slug, open.row.userId));
        else if (kind === "resend") void resend(open.row, open.anchor);
        else openUserDialog({ kind, user: dialogUser(open.row), opener: open.anchor });
      },
    }));

  return (
    <WorkspaceNamesTip>
      {selectable ? (
        <UsersBulkBar
          slug={slug}
          pageIds={pageIds}
          selected={picked}
          allMatching={allMatching}
          total={total}
          selection={selection}
          operations={operations}
          assignableRoles={assignableRoles}
          onSelectPage={(all) => {
            setPicked(all ? new Set(pageIds) : new Set());
            setAllMatching(false);
          }}
          onSelectAllMatching={() => setAllMatching(true)}
          onClear={clear}
        />
      ) : null}
      <DataTable
        caption={t("tableCaption", { org: organizationName })}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(row) => row.membershipId}
        empty={t("empty")}
      />
      {actions ? (
        <>
          <ActionMenu
            anchor={menu?.anchor ?? null}
            label={menu ? t("actions.menuNamed", { name: nameOf(menu.row) }) : ""}
            onClose={() => setMenu(null)}
            items={menu ? items(menu) : []}
          />
          <UserDialogs slug={slug} organizationName={organizationName} assignableRoles={assignableRoles} />
        </>
      ) : null}
    </WorkspaceNamesTip>
  );
}
