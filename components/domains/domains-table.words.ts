// The words of domains-table.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";
import { copyRecordValueButtonWords } from "./copy-record-value-button.words";
import { verifyDomainButtonWords } from "./verify-domain-button.words";

/** The table and the Remove dialog. */
export const domainsTableWords = words(
  "common.cancel",
  "common.close",
  "domains.remove",
  "domains.columns",
  "domains.status",
  "domains.verifiedOn",
  "domains.lastChecked",
  "domains.notChecked",
  "domains.record",
  "domains.tableCaption",
  "domains.empty",
  copyRecordValueButtonWords,
  verifyDomainButtonWords,
);
