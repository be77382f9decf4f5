"use client";
// "New contact": the two tabs of SPEC §4 in one dialog. Once a contact is added, the
// list shows it: filtered to its email, the row highlighted, and the notice
// offers the way back to the whole list.
import { useCallback, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Icon } from "@/components/ui/icon";
import type { Locale } from "@/lib/i18n/locales";
import { useTranslations } from "@/lib/i18n/client";
import { routes } from "@/lib/routes";
import { Dialog, DialogBody, DialogFooter } from "@/components/ui/dialog";
import { Tabs } from "@/components/ui/tabs";
import { buttonClass } from "@/components/ui/button";
import { announce } from "@/components/ui/notice";
import { useMessageSet, WithMessages } from "@/components/lazy-messages";
import { AddContactForm, type AddedContact } from "./add-contact-form";
import { InviteContactPanel } from "./invite-contact-panel";

type Props = { slug: string; verifiedDomains: string[]; defaultLanguage: Locale };

export function NewContactDialog({ slug, verifiedDomains, defaultLanguage }: Props) {
  const [open, setOpen] = useState(false);
  const { messages, load } = useMessageSet("newContact");
  const t = useTranslations();
  const router = useRouter();
  const close = useCallback(() => setOpen(false), []);
  const added = useCallback(
    (contact: AddedContact) => {
      setOpen(false);
      announce({
        message: t("contacts.form.added", { name: contact.name }),
        link: { href: routes.contacts(slug), label: t("contacts.form.showAll") },
      });
      router.replace(routes.contacts(slug, { q: contact.email, highlight: contact.id }), { scroll: false });
    },
    [t, router, slug],
  );
  return (
    <>
      <button
        type="button"
        className={buttonClass("primary")}
        onPointerEnter={() => void load()}
        onFocus={() => void load()}
        onClick={() => {
          announce("");
          void load().then(() => setOpen(true));
        }}
      >
        <Icon name="user-plus" />
        {t("contacts.newContact")}
      </button>
      {messages ? (
        <WithMessages messages={messages}>
          <NewContactContent
            slug={slug}
            verifiedDomains={verifiedDomains}
            defaultLanguage={defaultLanguage}
            open={open}
            onClose={close}
            onAdded={added}
          />
        </WithMessages>
      ) : null}
    </>
  );
}

/** The dialog itself, under the words loaded for it. */
function NewContactContent({
  slug,
  verifiedDomains,
  defaultLanguage,
  open,
  onClose: close,
  onAdded: added,
}: Props & { open: boolean; onClose: () => void; onAdded: (contact: AddedContact) => void }) {
  const t = useTranslations();
  return (
    <Dialog open={open} onClose={close} title={t("contacts.dialog.title")} closeLabel={t("common.close")} size="lg">
      <Tabs
        fill
        label={t("contacts.dialog.tabsLabel")}
        tabs={[
          {
            id: "add",
            label: t("contacts.dialog.addTab"),
            content: verifiedDomains.length ? (
              <AddContactForm
                slug={slug}
                domains={verifiedDomains}
                defaultLanguage={defaultLanguage}
                onCancel={close}
                onDone={added}
                onEditExisting={close}
              />
            ) : (
              <>
                <DialogBody>
                  <p className="text-sm">
                    {t("contacts.dialog.addNoDomains")}{" "}
                    <Link href={routes.domains(slug)} className="link">
                      {t("contacts.dialog.manageDomains")}
                    </Link>
                  </p>
                </DialogBody>
                <DialogFooter>
                  <button type="button" className={buttonClass("secondary")} onClick={close}>
                    {t("common.close")}
                  </button>
                </DialogFooter>
              </>
            ),
          },
          {
            id: "invite",
            label: t("contacts.dialog.inviteTab"),
            content: <InviteContactPanel slug={slug} defaultLanguage={defaultLanguage} onClose={close} />,
          },
        ]}
      />
    </Dialog>
  );
}
