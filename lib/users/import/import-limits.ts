// The users file's columns and limits, shared by the reader, the template, the upload form
// (which refuses an oversize file before sending it) and the errors file. zod-free.

/** 5 MB: thousands of rows with room to spare, and a bounded request. */
export const MAX_IMPORT_BYTES = 5_000_000;
export const MAX_IMPORT_ROWS = 10_000;
/** SPEC §1: a user invitation brings up to 10 workspaces; the import keeps that bound for everyone. */
export const MAX_IMPORT_WORKSPACES = 10;
/** Workspace names in one cell are separated by this. */
export const WORKSPACE_SEPARATOR = "|";

export const IMPORT_COLUMNS = ["email", "name", "role", "workspaces", "language"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The header names each column answers to (lower case, accents and separators folded): English and French. */
export const COLUMN_NAMES: Record<ImportColumn, readonly string[]> = {
  email: ["email", "e mail", "courriel", "adresse e mail", "email address"],
  name: ["name", "nom", "full name", "nom complet"],
  role: ["role", "organization role", "role dans l'organisation"],
  workspaces: ["workspaces", "espaces de travail", "espaces"],
  language: ["language", "langue"],
};

export const IMPORT_ROW_KINDS = ["ADD", "UPDATE", "UNCHANGED", "ERROR"] as const;
export type ImportRowKind = (typeof IMPORT_ROW_KINDS)[number];
