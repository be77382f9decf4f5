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
        <fieldset
          key={group.legend}
          className="fieldset"
          aria-describedby={errors?.length ? errorId : undefined}
          aria-invalid={errors?.length ? true : undefined}
        >
          <legend className="legend">{group.legend}</legend>
          <p className="field-hint mb-2">{group.help}</p>
          {group.roles.map((role) => (
            <label key={role} className="flex items-center gap-2 py-1 text-sm">
              <input type="checkbox" name="roles" value={role} defaultChecked={checked.includes(role)} className="size-4 accent-accent" />
              {t(`contactRoles.${role}`)}
            </label>
          ))}
        </fieldset>
      ))}
      {errors?.length ? (
        <p id={errorId} role="alert" className="field-error sm:col-span-2">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function LanguageSelect({ label, name = "language", defaultValue = "en" }: { label: string; name?: string; defaultValue?: string }) {
  const t = useTranslations("contacts.languages");
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className="field-input sm:w-56">
        <option value="en">{t("en")}</option>
        <option value="fr">{t("fr")}</option>
      </select>
    </div>
  );
}
