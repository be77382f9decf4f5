import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "@/lib/csv";

describe("csv", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('Say "hi", ok')).toBe('"Say ""hi"", ok"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
  });

  it("neutralises cells that a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("@admin")).toBe("'@admin");
    expect(csvCell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvCell("-1+A1")).toBe("'-1+A1");
    expect(csvCell("+SUM(1)")).toBe("'+SUM(1)");
    expect(csvCell("-")).toBe("'-");
    expect(csvCell("\tx")).toBe("'\tx");
  });

  it("writes numbers and phone numbers as they are: they cannot reference a cell or call a function", () => {
    expect(csvCell("+33 6 12 34 56 78")).toBe("+33 6 12 34 56 78");
    expect(csvCell("+1 (415) 555-0134")).toBe("+1 (415) 555-0134");
    expect(csvCell("-12.5")).toBe("-12.5");
    expect(csvCell("06 12 34 56 78")).toBe("06 12 34 56 78");
  });

  it("ends lines with CRLF", () => {
    expect(csvLine(["a", "b"])).toBe("a,b\r\n");
  });
});
