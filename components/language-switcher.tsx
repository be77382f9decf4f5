"use client";
import { useLocale } from "next-intl";
import { setLocaleAction } from "@/app/actions/locale";
import type { Locale } from "@/lib/i18n/locales";
import { useTranslations } from "@/lib/i18n/client";

/** Works without JavaScript: each language is a submit button of a server action form. */
export function LanguageSwitcher() {
  const t = useTranslations();
  const locale = useLocale();
  const options: { value: Locale; label: string }[] = [
    { value: "en", label: t("common.english") },
    { value: "fr", label: t("common.french") },
  ];
  return (
    <form action={setLocaleAction} className="flex items-center gap-1" aria-label={t("nav.switchLanguage")}>
      <span className="sr-only">{t("nav.switchLanguage")}</span>
      {options.map((option) => (
        <button
          key={option.value}
          type="submit"
          name="locale"
          value={option.value}
          lang={option.value}
          aria-pressed={option.value === locale}
          className="lang-btn"
        >
          {option.label}
        </button>
      ))}
    </form>
  );
}
