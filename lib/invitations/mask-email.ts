// The address a user invitation is bound to, shown to whoever holds the link without giving
// it away whole: "jane.doe@acme.test" → "j•••@acme.test".
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}
