// Why a whole users file is refused (too large, too many rows, not a CSV…): a message key
// and its parameters, kept on the import and shown in the uploader's language.
import type { MessageKey, Params } from "@/lib/i18n";

export class ImportFileError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly params: Params = {},
  ) {
    super(messageKey);
  }
}
