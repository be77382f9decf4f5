// Every organization action of the product, found rather than listed: every export of every
// module under lib/ that defineOrgAction made (isOrgAction). `serverActionNames` reads the
// app's "use server" files for the use cases they run, so a test can check that the app
// calls no organization action this walk would miss.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "zod";
import { isOrgAction, type OrgAction } from "@/lib/actions/define-action";

export type FoundAction = { name: string; module: string; action: OrgAction<z.ZodType, unknown> };

const modules = import.meta.glob<Record<string, unknown>>(["/lib/**/*.ts", "!/lib/db/generated/**", "!/lib/seed/**"]);

export async function allOrgActions(): Promise<FoundAction[]> {
  const found: FoundAction[] = [];
  const seen = new Set<unknown>();
  for (const [path, load] of Object.entries(modules)) {
    let exports: Record<string, unknown>;
    try {
      exports = await load();
    } catch (error) {
      // Modules of the request layer (Auth.js, next/headers) do not load outside Next; they must define no action.
      if (readFileSync(join(process.cwd(), path), "utf8").includes("defineOrgAction(")) throw error;
      continue;
    }
    for (const [name, value] of Object.entries(exports)) {
      if (!isOrgAction(value) || seen.has(value)) continue;
      seen.add(value);
      found.push({ name, module: path, action: value });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(entry) ? [path] : [];
  });
}

/** The use cases the app's server actions run (`runOrgAction(name, …)`), with the file of each. */
export function serverActionNames(root = process.cwd()): { name: string; file: string }[] {
  return filesUnder(join(root, "app")).flatMap((file) => {
    const source = readFileSync(file, "utf8");
    if (!/^\s*["']use server["']/m.test(source)) return [];
    return [...source.matchAll(/runOrgAction\(\s*([A-Za-z0-9_$]+)/g)].map((match) => ({ name: match[1], file: relative(root, file) }));
  });
}
