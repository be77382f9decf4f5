// The pure parts of the UI kit: which page numbers the pager shows, and avatar initials.
import { describe, expect, it } from "vitest";
import { pageWindow } from "@/components/ui/pagination";
import { initials } from "@/components/ui/avatar";

describe("the pager's page numbers", () => {
  it("shows the first, the last and the neighbours of the current page, with gaps", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 9)).toEqual([1, null, 4, 5, 6, null, 9]);
    // A gap of one page shows that page instead of an ellipsis.
    expect(pageWindow(3, 9)).toEqual([1, 2, 3, 4, null, 9]);
    expect(pageWindow(9, 9)).toEqual([1, null, 8, 9]);
  });

  it("without a known last page, ends at the page the caller offers", () => {
    expect(pageWindow(7, 8)).toEqual([1, null, 6, 7, 8]);
  });
});

describe("avatar initials", () => {
  it("take the first letters of the first and last names, accents kept", () => {
    expect(initials("Sarah Johnson")).toBe("SJ");
    expect(initials("Benoît Lefèvre")).toBe("BL");
    expect(initials("Élise Perrin")).toBe("ÉP");
    expect(initials("Jean-Baptiste de la Tour")).toBe("JT");
    expect(initials("zoe.lambert@acme.test")).toBe("ZL");
    expect(initials("Cher")).toBe("C");
    expect(initials("")).toBe("");
  });
});
