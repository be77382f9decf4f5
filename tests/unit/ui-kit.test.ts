// The pure parts of the UI kit: which page numbers the pager shows and what it sends its
// client view, and avatar initials.
import { describe, expect, it } from "vitest";
import { pagerProps, pageWindow } from "@/components/ui/pagination";
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
    expect(pageWindow(7, null)).toEqual([1, null, 6, 7]);
  });
});

describe("the pager's data on the wire", () => {
  const labels = { navigation: "Pages", previous: "Previous", next: "Next", page: (n: number) => `Page ${n}`, status: "Page 2 of 9" };
  const hrefFor = (n: number, link: string) => `/orgs/acme/contacts?page=${n}&link=${link}`;

  it("is named objects: the previous and next pages, the numbers with their names and links, the gaps", () => {
    expect(pagerProps({ page: 2, hasPrevious: true, hasNext: true, lastPage: 9, hrefFor, labels })).toEqual({
      navigation: "Pages",
      status: "Page 2 of 9",
      previous: { label: "Previous", href: "/orgs/acme/contacts?page=1&link=previous" },
      next: { label: "Next", href: "/orgs/acme/contacts?page=3&link=next" },
      items: [
        { kind: "page", number: 1, label: "Page 1", href: "/orgs/acme/contacts?page=1&link=first" },
        { kind: "page", number: 2, label: "Page 2", href: null },
        { kind: "page", number: 3, label: "Page 3", href: "/orgs/acme/contacts?page=3&link=next" },
        { kind: "gap" },
        { kind: "page", number: 9, label: "Page 9", href: "/orgs/acme/contacts?page=9&link=last" },
      ],
    });
  });

  it("is nothing for a list of one page", () => {
    expect(pagerProps({ page: 1, hasPrevious: false, hasNext: false, lastPage: 1, hrefFor, labels })).toBeNull();
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
