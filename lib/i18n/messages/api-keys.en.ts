// English messages of the API keys settings page and of the REST API's errors; api-keys.fr.ts has the same keys.
export const apiKeysEn = {
  title: "API keys",
  settingsLink: "API keys",
  settingsLinkDescription: "Keys that let your other systems use the Roster REST API.",
  intro:
    "A key lets another system use the REST API for {org}, with the role you choose. It acts for you: what it changes appears in the audit log under the key's name, and it stops working if you leave the organization.",
  docsLink: "API reference",
  create: {
    title: "New API key",
    name: "Name",
    nameHint: "What uses it, for example “Hosting panel”.",
    role: "Role",
    roleHint: "The key may do what a person with this role may do, no more.",
    expiresIn: "Expires",
    expiries: { never: "Never", "30": "In 30 days", "90": "In 90 days", "365": "In a year" },
    submit: "Create key",
    creating: "Creating…",
  },
  created: {
    title: "Copy your new key",
    body: "This is the only time the key {name} is shown. Store it in a safe place: Roster keeps only a fingerprint of it.",
    label: "API key",
    copy: "Copy",
    copyContext: "Copy the key {name}",
    copied: "Copied",
    copyManually: "Select the key and copy it.",
    done: "Done",
  },
  caption: "API keys of {org}",
  empty: "No API key yet.",
  columns: {
    name: "Name",
    prefix: "Key",
    role: "Role",
    createdBy: "Created by",
    lastUsed: "Last used",
    expires: "Expires",
    actions: "Actions",
  },
  neverUsed: "Never",
  neverExpires: "Never",
  expired: "Expired {date}",
  deletedAccount: "Deleted account",
  revoke: {
    open: "Revoke {name}",
    title: "Revoke {name}?",
    body: "Systems using this key are refused at once. This cannot be undone.",
    submit: "Revoke key",
    revoking: "Revoking…",
  },
  errors: {
    notFound: "This key does not exist or was already revoked.",
    tooMany: "An organization can hold at most {max} keys. Revoke one you no longer use.",
  },
} as const;

export const apiEn = {
  /** The reference page, /docs/api (app/docs/api/page.tsx). */
  docs: {
    title: "API reference",
    intro:
      "The Roster REST API v1: every operation, its parameters, its answers and a curl example. Calls need an API key (an organization's Settings → API keys); a key may do what a person with its role may do.",
    document: "OpenAPI 3.1 document (JSON)",
    loading: "Loading the reference…",
    noScript: "The reference needs JavaScript. The OpenAPI document below describes the same operations.",
  },
  errors: {
    unauthenticated: "The API key is missing, not valid, revoked or expired.",
    rateLimited: "Too many requests with this key. Try again in a minute.",
    tooLarge: "The request body is larger than 1 MB.",
    contentType: "Send the body as JSON (Content-Type: application/json).",
    notJson: "The request body is not a JSON object.",
    nul: "The request body holds a NUL character, which no field accepts.",
    unknownFields: "The request body holds fields this operation does not take.",
    unknownField: "Unknown field.",
    idempotencyKey: "The Idempotency-Key header must be 1 to 255 visible ASCII characters.",
    idempotencyInProgress: "A request with this Idempotency-Key is still running. Try again in a moment.",
    idempotencyMismatch: "This Idempotency-Key was already used for another request.",
  },
} as const;
