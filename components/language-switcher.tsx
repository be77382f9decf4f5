import { setLocaleAction } from "@/app/actions/locale";
import type { Locale } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";

/** Works without JavaScript: each language is a submit button. */
export async function LanguageSwitcher() {
  const { t, locale } = await getTranslator();
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
          className="rounded px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 aria-pressed:bg-slate-900 aria-pressed:text-white"
        >
          {option.label}
        </button>
      ))}
    </form>
  );
}
