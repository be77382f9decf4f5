// The subscription's plan changed: to the org admins and the PRIMARY_BILLING contacts.
import { translator } from "@/lib/i18n";
import { EmailLayout, P } from "./frame/email-layout";
import { Facts } from "./frame/table";
import { defineEmail, previewOrganization, type OrganizationProps } from "./define";

export type PlanChangedEmailProps = OrganizationProps & {
  product: string;
  previousPlan: string;
  plan: string;
  /** Who changed it (name, else email); null when the account is gone. */
  changedBy: string | null;
  url: string;
};

export const planChangedEmail = defineEmail<PlanChangedEmailProps>({
  subject: (props, locale) =>
    translator(locale)("notificationEmails.planChanged.subject", { org: props.organization.name, plan: props.plan }),
  organization: (props) => props.organization,
  Email({ locale, footer, organization, product, previousPlan, plan, changedBy, url }) {
    const t = translator(locale);
    const org = organization.name;
    return (
      <EmailLayout
        locale={locale}
        footer={footer}
        heading={t("notificationEmails.planChanged.heading", { org })}
        preview={t("notificationEmails.planChanged.preview", { previous: previousPlan, plan })}
        button={{ label: t("notificationEmails.planChanged.button"), url }}
        after={<P muted>{t("notificationEmails.planChanged.effective")}</P>}
      >
        <P>
          {changedBy
            ? t("notificationEmails.planChanged.intro", { person: changedBy, org, product })
            : t("notificationEmails.planChanged.introNoPerson", { org, product })}
        </P>
        <Facts
          facts={[
            [t("notificationEmails.planChanged.previousPlan"), previousPlan],
            [t("notificationEmails.planChanged.newPlan"), plan],
          ]}
        />
      </EmailLayout>
    );
  },
  preview: {
    organization: previewOrganization,
    product: "Roster Cloud",
    previousPlan: "Standard",
    plan: "Business",
    changedBy: "Alice Martin",
    url: "http://localhost:3000/orgs/acme/settings/plan",
  },
  previewReasons: [{ rule: "ORG_ADMIN" }],
});
