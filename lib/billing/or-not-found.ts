import "server-only";
import { notFound } from "next/navigation";
import { AccessError } from "@/lib/errors/app-error";

/** Awaits a billing page's data; what the person may not open renders the 404 page (SPEC §2). */
export async function orNotFound<T>(load: Promise<T> | T): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AccessError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
