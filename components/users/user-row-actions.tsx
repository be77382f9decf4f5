"use client";
// A user row's actions: Edit and Delete, or for a pending invitation Resend and Revoke. The
// dialogs themselves are rendered once per page (user-dialogs.tsx).
import { useState } from "react";
import { useLocale } from "next-intl";
import { Pencil, RotateCw, Trash2, XCircle } from "lucide-react";
import { RowActionButton } from "@/components/ui/icon-button";
import { announce } from "@/components/ui/notice";
import { resendUserInvitationAction } from "@/app/orgs/[slug]/users/actions";
import { formatDate } from "@/lib/i18n/format";
import { useTranslations } from "@/lib/i18n/client";
import { openUserDialog, type DialogUser } from "./user-dialog-store";

type Props = { slug: string; user: DialogUser; canDelete: boolean; canManageInvitation: boolean };

export function UserRowActions({ slug, user, canDelete, canManageInvitation }: Props) {
  const t = useTranslations("users");
  const locale = useLocale() as "en" | "fr";
  const [sending, setSending] = useState(false);
  const edit = user.canChangeRole || user.canChangeWorkspaces;
  const resend = async () => {
    setSending(true);
    const result = await resendUserInvitationAction(slug, user.membershipId);
    setSending(false);
    announce(result.ok ? t("resent", { email: result.data.email, date: formatDate(locale, new Date(result.data.expiresAt), { dateStyle: "long" }) }) : (result.formError ?? Object.values(result.fieldErrors ?? {}).flat().join(" ")));
  };
  return (
    <div className="flex items-center justify-end gap-1">
      {user.status === "PENDING" && canManageInvitation ? (
        <>
          <RowActionButton icon={<RotateCw />} onClick={resend} disabled={sending} aria-label={t("actions.resendNamed", { email: user.email })}>{t("actions.resend")}</RowActionButton>
          <RowActionButton icon={<XCircle />} tone="danger" onClick={() => openUserDialog({ kind: "revoke", user })} aria-label={t("actions.revokeNamed", { email: user.email })}>{t("actions.revoke")}</RowActionButton>
        </>
      ) : null}
      {edit ? <RowActionButton icon={<Pencil />} onClick={() => openUserDialog({ kind: "edit", user })} aria-label={t("actions.editNamed", { name: user.name })}>{t("actions.edit")}</RowActionButton> : null}
      {canDelete && user.status === "ACTIVE" ? (
        <RowActionButton icon={<Trash2 />} tone="danger" onClick={() => openUserDialog({ kind: "delete", user })} aria-label={t("actions.deleteNamed", { name: user.name })}>{t("actions.delete")}</RowActionButton>
      ) : null}
    </div>
  );
}
