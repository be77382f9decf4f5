// `npm run bench`: the contacts list benchmark (bench/contacts-search.ts);
// `npm run bench -- --load`: load figures of the organization pages (bench/load.ts).
export {};
await import(process.argv.includes("--load") ? "./load" : "./contacts-search");
