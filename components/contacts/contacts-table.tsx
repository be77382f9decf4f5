"use client";
// The contacts list (SPEC §4): rendered from each row's data (lib/contacts/list-contacts.ts,
// ContactListItem: id, name, email, phone, language, status, roles and order roles), with
// one "⋯" button per row. The row menu and the Edit, Disable, Disable/Reassign and Enable
// dialogs exist ONCE per page and open for the chosen row, so a row costs its data and its
// cells, nothing more (the page's weight is budgeted). A disabled contact's menu offers
// Enable only: its roles change in Enable's dialog, never through Edit. Words come from the
// page's provider.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { routes } from "@/lib/routes";
import type { ContactStatus } from "@/lib/db/generated/enums";
import type { ContactListItem } from "@/lib/contacts/list-contacts";
import type { Locale } from "@/lib/i18n/locales";
import { useTranslations } from "@/lib/i18n/client";
import { DataTable, Truncate, type Column } from "@/components/ui/data-table";
import { ActionMenu } from "@/components/ui/action-menu";
import { Avatar } from "@/components/ui/avatar";
import { Icon, type IconName } from "@/components/ui/icon";
import { RowMenuButton } from "@/components/ui/row-menu-button";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import { useMessageSet } from "@/components/lazy-messages";
import { ContactDialogs, openContactDialog, type ContactDialogKind } from "./contact-dialogs";

const STATUS_TONE: Record<ContactStatus, StatusTone> = { ACTIVE: "ok", INVITED: "warn", DISABLED: "neutral" };
type ActionKind = ContactDialogKind | "access";
const ACTION_ICONS = {
  access: "user-round",
  edit: "pencil",
  disable: "user-x",
  reassign: "arrow-right-left",
  enable: "user-check",
} as const satisfies Record<ActionKind, IconName>;

type Props = {
  slug: string;
  organization: string;
  rows: ContactListItem[];
  canManage: boolean;
  /** Sees a contact's access page (whoever sees users and contacts). */
  canSeeAccess: boolean;
  /** The contact just added: highlighted and scrolled to. */
  highlightId: string | null;
  /** ?edit=<id> ("Edit that contact instead"): its Edit dialog opens (Enable's, for a disabled contact). */
  editId: string | null;
  defaultLanguage: Locale;
};

const ACTION_KEYS = {
  access: "actions.access",
  edit: "actions.edit",
  disable: "actions.disable",
  reassign: "actions.disableReassign",
  enable: "actions.enable",
} as const satisfies Record<ActionKind, string>;

export function ContactsTable({ slug, organization, rows, canManage, canSeeAccess, highlightId, editId, defaultLanguage }: Props) {
  const t = useTranslations("contacts");
  const [menu, setMenu] = useState<{ row: ContactListItem; anchor: HTMLElement } | null>(null);
  // The dialogs' words arrive when a row's menu first opens.
  const { load } = useMessageSet("contactDialogs");

  useEffect(() => {
    const row = editId ? rows.find((r) => r.id === editId) : undefined;
    if (row) openContactDialog({ kind: row.status === "DISABLED" ? "enable" : "edit", contact: row, opener: null });
    // Only when the URL asks (rows refresh after every change).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editId]);
  useEffect(() => {
    if (highlightId) document.getElementById(`contact-${highlightId}`)?.scrollIntoView({ block: "center" });
  }, [highlightId]);

  const router = useRouter();
  const hasMenu = canManage || canSeeAccess;
  // Access only for a contact who can open the organization: active, with an account.
  const menuActions = (row: ContactListItem): ActionKind[] => [
    ...(canSeeAccess && row.status === "ACTIVE" && row.userId ? (["access"] as const) : []),
    ...(!canManage
      ? []
      : row.status === "DISABLED"
        ? (["enable"] as const)
        : (["edit", row.orders.length ? "reassign" : "disable"] as const)),
  ];
  // Looked up when a menu opens: the page sends these words only to those who may act.
  const actionLabel = (kind: ActionKind) => t(ACTION_KEYS[kind]);

  const columns: Column<ContactListItem>[] = [
    {
      key: "name",
      header: t("columns.name"),
      rowHeader: true,
      cell: (row) => (
        <>
          <Avatar name={row.name} />
          {row.name}
          {row.id === highlightId ? (
            <>
              {" "}
              <StatusBadge tone="info" label={t("justAdded")} />
            </>
          ) : null}
        </>
      ),
    },
    { key: "email", header: t("columns.email"), cell: (row) => <Truncate text={row.email} /> },
    { key: "language", header: t("columns.language"), cell: (row) => t(`languages.${row.language}`) },
    {
      key: "status",
      header: t("columns.status"),
      cell: (row) => <StatusBadge tone={STATUS_TONE[row.status]} label={t(`status.${row.status}`)} />,
    },
    { key: "type", header: t("columns.type"), cell: (row) => <ContactType row={row} /> },
  ];
  if (hasMenu) {
    columns.push({
      key: "actions",
      header: t("columns.actions"),
      headerHidden: true,
      className: "end",
      cell: (row) =>
        menuActions(row).length === 0 ? null : (
          <RowMenuButton
            label={t("actions.menuNamed", { name: row.name })}
            open={menu?.row.id === row.id}
            onOpen={(anchor) => {
              void load();
              setMenu({ row, anchor });
            }}
          />
        ),
    });
  }

  return (
    <>
      <DataTable
        caption={t("tableCaption", { org: organization })}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        rowAttributes={(row) =>
          row.id === highlightId
            ? { id: `contact-${row.id}`, className: "highlight" }
            : row.status === "DISABLED"
              ? { className: "dim" }
              : undefined
        }
        empty={t("empty")}
      />
      {hasMenu ? (
        <>
          <ActionMenu
            anchor={menu?.anchor ?? null}
            label={menu ? t("actions.menuNamed", { name: menu.row.name }) : ""}
            onClose={() => setMenu(null)}
            items={
              menu
                ? menuActions(menu.row).map((kind) => ({
                    key: kind,
                    label: actionLabel(kind),
                    icon: <Icon name={ACTION_ICONS[kind]} />,
                    tone: kind === "disable" || kind === "reassign" ? "danger" : undefined,
                    onSelect: () =>
                      kind === "access"
                        ? router.push(routes.personAccess(slug, menu.row.userId!))
                        : openContactDialog({ kind, contact: menu.row, opener: menu.anchor }),
                  }))
                : []
            }
          />
          {canManage ? <ContactDialogs slug={slug} defaultLanguage={defaultLanguage} /> : null}
        </>
      ) : null}
    </>
  );
}

/** The Type column: organization-wide roles, then order roles ("Licensee · order R-1042"). */
function ContactType({ row }: { row: ContactListItem }) {
  const t = useTranslations();
  const items = [
    ...row.roles.map((role) => t(`contactRoles.${role}`)),
    ...row.orders
      .flatMap((order) => [
        order.licensee ? t("contacts.orderRole", { role: t("contactRoles.LICENSEE"), number: order.number }) : null,
        order.billing ? t("contacts.orderRole", { role: t("contactRoles.BILLING"), number: order.number }) : null,
      ])
      .filter((item): item is string => !!item),
  ];
  if (!items.length) return <span className="dim">{t("contacts.noRoleType")}</span>;
  return (
    <ul className="chips">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
      {row.moreOrders > 0 ? <li className="more">{t("contacts.moreOrders", { count: row.moreOrders })}</li> : null}
    </ul>
  );
}
