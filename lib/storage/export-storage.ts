// The store of data exports, as configured (EXPORT_STORAGE): the disk under the data folder.
import { join } from "node:path";
import { config, dataDir } from "@/lib/config";
import { DiskStorage } from "./disk-storage";
import type { FileStorage } from "./file-storage";

export function exportStorage(): FileStorage {
  switch (config().EXPORT_STORAGE) {
    case "disk":
      return new DiskStorage(join(dataDir(), "exports"));
  }
}
