// Where large files the app writes (data exports) are kept: a small interface, so that the
// disk (the default, lib/storage/disk-storage.ts) can be replaced by an S3-compatible store
// (README, "Data export"). Keys are relative paths of letters, digits, "-", "_", "." and "/".
import type { Readable } from "node:stream";

export interface FileStorage {
  /** Writes the whole stream under `key` (replacing any file there); resolves once it is stored, with its size. */
  put(key: string, content: Readable): Promise<{ bytes: number }>;
  /** The file's content, read as it is streamed; rejects with FileNotFound when there is none. */
  stream(key: string): Promise<Readable>;
  /** Removes the file; nothing happens when there is none. */
  delete(key: string): Promise<void>;
}

export class FileNotFound extends Error {}

export function checkKey(key: string): string {
  if (!/^[A-Za-z0-9_-][A-Za-z0-9_./-]*$/.test(key) || key.split("/").some((part) => part === ".." || part === "." || part === ""))
    throw new Error(`invalid storage key: ${key}`);
  return key;
}
