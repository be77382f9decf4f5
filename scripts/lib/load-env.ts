// Loads `.env`, `.env.local`, `.env.production` … into process.env the way Next.js does
// (variables already in the environment win, even when empty). Imported first by the
// scripts, so that every module they import sees the same environment.
import * as nextEnv from "@next/env";
import { relative } from "node:path";

// A CommonJS module: under Node's ESM loader its functions sit on `default`.
const { loadEnvConfig } = (nextEnv as typeof nextEnv & { default?: typeof nextEnv }).default ?? nextEnv;
const { loadedEnvFiles } = loadEnvConfig(process.cwd(), process.argv.includes("--dev"), { info: () => {}, error: console.error });

/** The env files that were read, relative to the project, e.g. [".env"]. */
export const envFiles: string[] = loadedEnvFiles.map((file) => relative(process.cwd(), file.path) || file.path);
