// Summarizes a V8 CPU profile (node --cpu-prof) of the server: where its time went, by
// area (React's server renderer, Next, Prisma and pg, the app's own code…) and by function.
import { readFileSync } from "node:fs";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const AREAS: [string, RegExp][] = [
  ["Next's app renderer (bundles React's server renderer: RSC payload and HTML)", /app-page(-turbo)?\.runtime|react-dom|react-server-dom/],
  ["Next.js server (routing, request handling)", /next\/dist/],
  ["Prisma client and adapter", /@prisma|lib\/db\/generated|query_compiler/],
  ["pg driver", /node_modules\/pg|pg-protocol|pg-pool|pg-types/],
  ["the app's code (.next-bench server chunks)", /\.next-bench\/server\/(app|chunks)/],
  ["Node.js internals", /^node:|^internal\//],
];

export function summarizeProfile(file: string, top = 25): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const area =
      functionName === "(idle)"
        ? "idle"
        : functionName === "(garbage collector)"
          ? "garbage collector"
          : (AREAS.find(([, pattern]) => pattern.test(url))?.[0] ??
            (url
              ? "other code"
              : /^(writev|writeUtf8String|writeLatin1String|writeBuffer|utf8Write)$/.test(functionName)
                ? "socket writes"
                : "other native (microtasks, regexps, parsing…)"));
    areas.set(area, (areas.get(area) ?? 0) + micros);
    const key = `${functionName || "(anonymous)"}  ${url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\.next-bench\//, ".next-bench/")}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + micros);
  }
  const pct = (micros: number) => `${((100 * micros) / total).toFixed(1).padStart(5)} %`;
  const lines = [`CPU profile ${file}: ${(total / 1e6).toFixed(1)} s sampled`, "by area:"];
  for (const [area, micros] of [...areas].sort((a, b) => b[1] - a[1])) if (micros / total >= 0.001) lines.push(`  ${pct(micros)}  ${area}`);
  lines.push(`top ${top} functions by self time:`);
  for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`  ${pct(micros)}  ${name.slice(0, 150)}`);
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("cpu-profile.ts") && process.argv[2]) console.log(summarizeProfile(process.argv[2]));
