// Node flags of every production app process (scripts/start.ts, and the benchmarks, which
// measure the app as it is served).
//
// Under steady load V8 lets a process's heap grow to four times what it keeps alive before
// a full collection, and this machine's memory makes its ceiling 4 GB: an app process that
// keeps about 100 MB alive reached 1 GB of resident memory, garbage waiting. Collecting once
// the heap is half again what survived the last full collection holds it near 350 MB with no
// more CPU per request (measured with `npm run bench -- --load`). It is a pace, not a ceiling:
// a request that needs more memory (an import, an export) still gets it.
export const APP_NODE_ARGS = ["--heap-growing-percent=50"];
