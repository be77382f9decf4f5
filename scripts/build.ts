// `npm run build:once`: builds the production app and stamps it with the sources' fingerprint,
// as `npm start` does when they changed, so that `npm start` on the same files (a container
// image, a deploy) serves this build without building again.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { sourceFingerprint, writeBuildStamp } from "./lib/build-stamp";

const root = process.cwd();
const fingerprint = sourceFingerprint(root);
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
if (build.status !== 0) process.exit(build.status ?? 1);
writeBuildStamp(root, fingerprint);
