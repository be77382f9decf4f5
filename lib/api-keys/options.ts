// The API keys form's choices and limits, without zod (the form is a client component).

/** When a new key stops working: never, or after so many days. */
export const API_KEY_EXPIRIES = ["never", "30", "90", "365"] as const;
export type ApiKeyExpiry = (typeof API_KEY_EXPIRIES)[number];

/** Keys an organization may hold at once (not revoked): the list shows them all, unpaginated. */
export const MAX_ACTIVE_API_KEYS = 50;

export function expiryDate(expiresIn: ApiKeyExpiry, now = new Date()): Date | null {
  return expiresIn === "never" ? null : new Date(now.getTime() + Number(expiresIn) * 24 * 60 * 60 * 1000);
}
