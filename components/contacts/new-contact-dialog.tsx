"use client";
import { useCallback, useState, type ReactNode } from "react";
import Link from "next/link";
import { Dialog } from "@/components/ui/dialog";
import { Tabs } from "@/components/ui/tabs";
import { buttonClass } from "@/components/ui/button";
import { announce } from "@/components/ui/notice";
import { useTranslations } from "@/lib/i18n/client";
import { AddContactForm } from "./add-contact-form";

/** "New contact": the two tabs of SPEC §4. The invite panel comes from the server page. */
export function NewContactDialog({ slug, verifiedDomains, invitePanel }: { slug: string; verifiedDomains: string[]; invitePanel: ReactNode }) {
  const [open, setOpen] = useState(false);
  const t = useTranslations();
  const done = useCallback((message: string) => {
    setOpen(false);
    announce(message);
  }, []);
  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => { announce(""); setOpen(true); }}>{t("contacts.newContact")}</button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("contacts.dialog.title")} size="lg">
        <Tabs
          label={t("contacts.dialog.tabsLabel")}
          tabs={[
            {
              id: "add",
              label: t("contacts.dialog.addTab"),
              content: verifiedDomains.length ? (
                <div className="flex flex-col gap-4">
                  <p className="text-sm text-slate-600">{t("contacts.dialog.addIntro", { domains: verifiedDomains.join(", ") })}</p>
                  <AddContactForm slug={slug} onDone={done} onEditExisting={() => setOpen(false)} />
                </div>
              ) : (
                <p className="text-sm text-slate-700">
                  {t("contacts.dialog.addNoDomains")}{" "}
                  <Link href={`/orgs/${slug}/settings/domains`} className="font-medium text-brand-700 underline">{t("contacts.dialog.manageDomains")}</Link>
                </p>
              ),
            },
            { id: "invite", label: t("contacts.dialog.inviteTab"), content: invitePanel },
          ]}
        />
        <div className="mt-4 flex justify-end border-t border-slate-200 pt-4">
          <button type="button" className={buttonClass("secondary")} onClick={() => setOpen(false)}>{t("common.close")}</button>
        </div>
      </Dialog>
    </>
  );
}
