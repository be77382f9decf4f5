// The messages an SMTP capture server (lib/mail/capture-server.ts) received, read straight
// from its folder: one .eml file per message, so a message delivered twice is two files.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The recipient address of each captured message, one entry per message received. */
export function capturedRecipients(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".eml"))
    .map((name) => {
      // Headers only: the first blank line ends them.
      const head = readFileSync(join(dir, name), "utf8").split(/\r?\n\r?\n/, 1)[0];
      const to = /^To:\s*(?:.*<)?([^<>\s]+@[^<>\s]+?)>?\s*$/im.exec(head);
      return to ? to[1].toLowerCase() : "";
    });
}

/** How many captured messages went to `address`. */
export const capturedCount = (dir: string, address: string) => capturedRecipients(dir).filter((to) => to === address.toLowerCase()).length;
