// The message catalogs as the app uses them: English as written, French with its
// typography applied once, here, at load.
import { en, type Messages } from "./messages/en";
import { fr } from "./messages/fr";
import { typesetFrench } from "./typography";
import type { Locale } from "./locales";

export const catalogs: Record<Locale, Messages> = { en, fr: typesetFrench(fr) };
