import { useId } from "react";
import { PRIMARY_CONTACT_ROLES, NOTIFICATION_CONTACT_ROLES } from "@/lib/auth/capabilities";
import { useTranslations } from "@/lib/i18n/client";

/** The two role groups of SPEC §1 as labelled checkbox fieldsets (name="roles"). */
export function RoleCheckboxes({ checked = [], errors }: { checked?: readonly string[]; errors?: string[] }) {
  const errorId = useId();
  const t = useTranslations();
  const groups = [
    { legend: t("contacts.form.primaryRoles"), help: t("contacts.form.primaryRolesHelp"), roles: PRIMARY_CONTACT_ROLES },
    { legend: t("contacts.form.notificationRoles"), help: t("contacts.form.notificationRolesHelp"), roles: NOTIFICATION_CONTACT_ROLES },
  ];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {groups.map((group) => (
        <fieldset key={group.legend} className="rounded-md border border-slate-200 p-3" aria-describedby={errors?.length ? errorId : undefined}>
          <legend className="px-1 text-sm font-semibold">{group.legend}</legend>
          <p className="mb-2 text-xs text-slate-600">{group.help}</p>
          {group.roles.map((role) => (
            <label key={role} className="flex items-center gap-2 py-1 text-sm">
              <input type="checkbox" name="roles" value={role} defaultChecked={checked.includes(role)} className="h-4 w-4" />
              {t(`contactRoles.${role}`)}
            </label>
          ))}
        </fieldset>
      ))}
      {errors?.length ? <p id={errorId} role="alert" className="text-sm text-red-700 sm:col-span-2">{errors.join(" ")}</p> : null}
    </div>
  );
}

export function LanguageSelect({ label, name = "language", defaultValue = "en" }: { label: string; name?: string; defaultValue?: string }) {
  const t = useTranslations("contacts.languages");
  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
      {label}
      <select name={name} defaultValue={defaultValue} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal">
        <option value="en">{t("en")}</option>
        <option value="fr">{t("fr")}</option>
      </select>
    </label>
  );
}
