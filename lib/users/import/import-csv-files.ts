// The two files of the import page, in the viewer's language: the template (header and two
// example rows) and the errors of a preview (the bad rows as written, with a reason column,
// ready to fix and upload again), streamed from the database in keyset pages of file order.
// Formula-safe cells (lib/csv.ts); the reader accepts these headers in either language.
import { db } from "@/lib/db/prisma";
import { translateLoose, translator, type Locale } from "@/lib/i18n";
import { CSV_BOM, csvLine } from "@/lib/csv";
import { IMPORT_COLUMNS } from "./import-limits";

const header = (locale: Locale) => {
  const t = translator(locale);
  return IMPORT_COLUMNS.map((column) => t(`users.import.header.${column}`));
};

export function importTemplateCsv(locale: Locale): { text: string; fileName: string } {
  const t = translator(locale);
  const example = (which: "first" | "second") => IMPORT_COLUMNS.map((column) => t(`users.import.example.${which}.${column}`));
  return {
    text: CSV_BOM + csvLine(header(locale)) + csvLine(example("first")) + csvLine(example("second")),
    fileName: t("users.import.templateFile"),
  };
}

export function importErrorsCsv(
  importId: string,
  locale: Locale,
  batchSize = 1000,
): { stream: ReadableStream<Uint8Array>; fileName: string } {
  const t = translator(locale);
  const encoder = new TextEncoder();
  let afterLine = 0;
  let done = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine([...header(locale), t("users.import.reasonColumn")])));
    },
    async pull(controller) {
      if (done) return controller.close();
      try {
        const rows = await db.userImportRow.findMany({
          where: { importId, kind: "ERROR", line: { gt: afterLine } },
          orderBy: { line: "asc" },
          take: batchSize,
          select: {
            line: true,
            email: true,
            name: true,
            role: true,
            workspaces: true,
            language: true,
            reasonKey: true,
            reasonParams: true,
          },
        });
        if (rows.length < batchSize) done = true;
        if (rows.length) afterLine = rows[rows.length - 1].line;
        const text = rows
          .map((row) =>
            csvLine([
              row.email,
              row.name,
              row.role,
              row.workspaces,
              row.language,
              translateLoose(locale, row.reasonKey ?? "", (row.reasonParams ?? {}) as Record<string, string | number>),
            ]),
          )
          .join("");
        if (text) controller.enqueue(encoder.encode(text));
        if (done) controller.close();
      } catch (error) {
        console.error("[user-import] errors file failed:", error);
        controller.error(error);
      }
    },
  });
  return { stream, fileName: t("users.import.errorsFile") };
}
