// `npm run bench`: the contacts list benchmark (bench/contacts-search.ts);
// `npm run bench -- --load`: load figures of the organization pages (bench/load.ts);
// `npm run bench -- --api`: the REST API's contacts list at 100,000 contacts (bench/api.ts);
// `npm run bench -- --webhooks`: webhook delivery to a local receiver (bench/webhooks.ts).
// `npm run bench -- --help` for the options (bench/options.ts).
import { benchOptions } from "./options";

await import(benchOptions.load ? "./load" : benchOptions.api ? "./api" : benchOptions.webhooks ? "./webhooks" : "./contacts-search");
