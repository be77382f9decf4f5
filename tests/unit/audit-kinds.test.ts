// The audit log names every kind of event it can meet: audit() only takes an AuditAction (the
// type checker enforces it), and this scan covers what bypasses audit() (the seeds write their
// rows directly) or a literal typed loosely. Every `action: "a.b"` and `targetType: "X"` in the
// sources must be listed in lib/audit/kinds.ts, and every listed one named in both languages.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { AUDIT_ACTIONS, AUDIT_FIELDS, AUDIT_TARGET_TYPES } from "@/lib/audit/kinds";
import { describeChanges } from "@/lib/audit/describe-event";
import { translator } from "@/lib/i18n";

const root = resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "messages" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Each `key: "value"` literal of the sources where the value matches `shape`, with where it is. */
function literals(key: string, shape: RegExp): { value: string; at: string }[] {
  const found: { value: string; at: string }[] = [];
  for (const file of ["lib", "app", "scripts"].flatMap(sourceFiles)) {
    const text = readFileSync(join(root, file), "utf8");
    for (const match of text.matchAll(new RegExp(`\\b${key}:\\s*"([^"]+)"`, "g"))) {
      if (!shape.test(match[1])) continue;
      found.push({ value: match[1], at: `${relative(root, join(root, file))}:${text.slice(0, match.index).split("\n").length}` });
    }
  }
  return found;
}

describe("audit kinds", () => {
  it("lists every action the code records", () => {
    const actions = literals("action", /^[a-z_]+\.[a-zA-Z_]+$/);
    expect(actions.length).toBeGreaterThan(40);
    const listed = new Set<string>(AUDIT_ACTIONS);
    expect(actions.filter((each) => !listed.has(each.value))).toEqual([]);
  });

  it("lists every kind of record the code names", () => {
    const types = literals("targetType", /^[A-Z][A-Za-z]+$/);
    expect(types.length).toBeGreaterThan(40);
    const listed = new Set<string>(AUDIT_TARGET_TYPES);
    expect(types.filter((each) => !listed.has(each.value))).toEqual([]);
  });

  it("names every action, record kind and field in English and French", () => {
    for (const locale of ["en", "fr"] as const) {
      const t = translator(locale);
      const missing = [
        ...AUDIT_ACTIONS.map((action) => `audit.actions.${action}`),
        ...AUDIT_TARGET_TYPES.map((type) => `audit.targetTypes.${type}`),
        ...AUDIT_FIELDS.map((field) => `audit.fields.${field}`),
      ].filter((key) => {
        const text = t(key as Parameters<typeof t>[0]);
        return !text || text === key;
      });
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });
});

describe("the organization's own changes in words", () => {
  it("shows a before/after pair field by field, in the viewer's language", () => {
    const metadata = {
      changed: ["name", "defaultLocale"],
      before: { name: "Acme", defaultLocale: "en", slug: "acme" },
      after: { name: "Acme Moved", defaultLocale: "fr", slug: "acme" },
    };
    expect(describeChanges("organization.information_updated", metadata, translator("fr"))).toEqual([
      { field: "Nom", from: "Acme", to: "Acme Moved" },
      { field: "Langue par défaut", from: "Anglais", to: "Français" },
      { field: "Champs modifiés", value: "name, defaultLocale" },
    ]);
    expect(
      describeChanges("subscription.cancelled", { from: "ACTIVE", to: "CANCELLED", deletionScheduledAt: "2027-03-01" }, translator("en")),
    ).toEqual([
      { field: "Status", from: "ACTIVE", to: "CANCELLED" },
      { field: "Deletion scheduled on", value: "2027-03-01" },
    ]);
  });
});
