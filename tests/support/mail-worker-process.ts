// Plays the Next server process for tests/integration/mail-drain.test.ts: run with
// `node --import tsx`, NEXT_RUNTIME=nodejs, DATABASE_URL and SMTP_URL set.
//
// Like `next start` (next/dist/server/lib/start-server.js), it handles SIGTERM and SIGINT
// by exiting with 143 / 130 once its HTTP server is closed (there is none here), and it
// installs those handlers before the server runs instrumentation.ts's register().
process.on("SIGTERM", () => process.exit(143));
process.on("SIGINT", () => process.exit(130));

const { register } = await import("../../instrumentation");
await register();
process.stdout.write("ready\n");
export {};
// A server stays up until it is told to stop.
setInterval(() => {}, 60_000);
