"use client";
import { useCallback, useState, type ReactNode } from "react";
import Link from "next/link";
import { Dialog } from "@/components/ui/dialog";
import { Tabs } from "@/components/ui/tabs";
import { buttonClass } from "@/components/ui/button";
import { AddContactForm } from "./add-contact-form";
import { format, type ContactsStrings } from "./strings";

/** "New contact": the two tabs of SPEC §4. The invite panel comes from the server page. */
export function NewContactDialog({ slug, strings, verifiedDomains, invitePanel }: { slug: string; strings: ContactsStrings; verifiedDomains: string[]; invitePanel: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState("");
  const s = strings.contacts;
  const done = useCallback((message: string) => {
    setOpen(false);
    setNotice(message);
  }, []);
  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => { setNotice(""); setOpen(true); }}>{s.newContact}</button>
      <p role="status" aria-live="polite" className={notice ? "rounded-md bg-green-50 px-3 py-2 text-sm text-green-900 ring-1 ring-green-200" : "sr-only"}>{notice}</p>
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
                  <AddContactForm slug={slug} strings={strings} onDone={done} />
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
