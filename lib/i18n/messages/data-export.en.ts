// English messages of the data export; data-export.fr.ts has the same keys.
export const dataExportEn = {
  title: "Export all data",
  settingsLink: "Export all data",
  settingsLinkDescription: "A ZIP of everything the organization holds, one CSV and one JSON file per kind of record.",
  intro:
    "The export holds the organization, its users and memberships, workspaces, contacts and roles, orders, line items, licenses, invoices, quotes, domains, invitations, emails (without their content) and the audit log, with a README describing every file. It is prepared in the background; you get an email when it is ready. Files are kept for 7 days.",
  request: "Export all data",
  requested: "The export has started. You will get an email when it is ready.",
  history: "Exports",
  empty: "No export yet.",
  columns: { requested: "Requested", by: "By", status: "Status", file: "File" },
  status: { PENDING: "Waiting", RUNNING: "Preparing", READY: "Ready", FAILED: "Failed", EXPIRED: "Deleted" },
  progress: "Export progress",
  progressValue: "{percent} %",
  download: "Download",
  downloadNamed: "Download the export of {date}",
  availableUntil: "Available until {date}",
  size: "{size} MB",
  unknownPerson: "A deleted account",
  errors: {
    running: "An export is already being prepared. Wait until it is ready before asking for another.",
    gone: "This export is no longer available: exports are kept 7 days.",
  },
} as const;
