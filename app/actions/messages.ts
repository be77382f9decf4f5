"use server";
// The words of a dialog, fetched when it first opens (components/message-sets.ts): the
// request's language, French typography included (the catalogs are typeset at load).
import { z } from "zod";
import { catalogs } from "@/lib/i18n/catalogs";
import { getRequestLocale } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { MESSAGE_SET_NAMES, MESSAGE_SETS } from "@/components/message-sets";

const setName = z.enum(MESSAGE_SET_NAMES as [string, ...string[]]);

export async function loadMessageSetAction(name: string): Promise<Record<string, unknown>> {
  const parsed = setName.safeParse(name);
  if (!parsed.success) return {};
  const locale = await getRequestLocale();
  return pickMessages(catalogs[locale] as unknown as Record<string, unknown>, MESSAGE_SETS[parsed.data as keyof typeof MESSAGE_SETS]);
}
