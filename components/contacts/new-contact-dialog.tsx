"use client";
import { useCallback, useState, type ReactNode } from "react";
import Link from "next/link";
import { Dialog } from "@/components/ui/dialog";
import { Tabs } from "@/components/ui/tabs";
import { buttonClass } from "@/components/ui/button";
import { announce } from "@/components/ui/notice";
import { AddContactForm } from "./add-contact-form";
import { format, type ContactsStrings } from "./strings";

/** "New contact": the two tabs of SPEC §4. The invite panel comes from the server page. */
export function NewContactDialog({ slug, strings, verifiedDomains, invitePanel }: { slug: string; strings: ContactsStrings; verifiedDomains: string[]; invitePanel: ReactNode }) {
  const [open, setOpen] = useState(false);
  const s = strings.contacts;
  const done = useCallback((message: string) => {
    setOpen(false);
    announce(message);
  }, []);
  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => { announce(""); setOpen(true); }}>{s.newContact}</button>
      <Dialog open={open} onClose={() => setOpen(false)} title={s.dialog.title} size="lg">
        <Tabs
          label={s.dialog.tabsLabel}
          tabs={[
            {
              id: "add",
              label: s.dialog.addTab,
              content: verifiedDomains.length ? (
                <div className="flex flex-col gap-4">
                  <p className="text-sm text-slate-600">{format(s.dialog.addIntro, { domains: verifiedDomains.join(", ") })}</p>
                  <AddContactForm slug={slug} strings={strings} onDone={done} onEditExisting={() => setOpen(false)} />
                </div>
              ) : (
                <p className="text-sm text-slate-700">
                  {s.dialog.addNoDomains}{" "}
                  <Link href={`/orgs/${slug}/settings/domains`} className="font-medium text-brand-700 underline">{s.dialog.manageDomains}</Link>
                </p>
              ),
            },
            { id: "invite", label: s.dialog.inviteTab, content: invitePanel },
          ]}
        />
        <div className="mt-4 flex justify-end border-t border-slate-200 pt-4">
          <button type="button" className={buttonClass("secondary")} onClick={() => setOpen(false)}>{strings.common.close}</button>
        </div>
      </Dialog>
    </>
  );
}
