// `node --import` preload for `next start` (scripts/start.ts): loads the TypeScript gate with
// tsx, then unregisters tsx, so Next loads its own modules (and compiles next.config.ts with
// its own require hook) exactly as without it.
import { register } from "tsx/cjs/api";

const tsx = register({ namespace: "roster-next-server-gate" });
tsx.require("./next-server-gate.ts", import.meta.url);
tsx.unregister();
