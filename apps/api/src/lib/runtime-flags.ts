import v8 from 'node:v8'

/**
 * V8 settings of the API process, set when this module is first imported — src/server.ts
 * imports it before anything else, and so does the import benchmark's child, to measure what
 * production runs.
 *
 * Allocation-site pretenuring off: V8 watches where objects are allocated and, when most of the
 * first ones from a site survive a young-generation GC, allocates the rest of that site straight
 * into the old generation. An import's first rows do survive (the header is looked for among the
 * first 30, the CSV parser hands rows on a chunk at a time), so from then on every row's cells
 * and strings went to the old generation as garbage, left for full GCs: +150–250 MB of resident
 * memory during a 100,000-row import (bench/imports with --trace-gc: ~1.5 MB promoted per
 * scavenge with pretenuring, ~0.4 MB without; the time did not change). Requests allocate
 * short-lived objects too; nothing in the API gains from pretenuring.
 * @see https://v8.dev/blog/orinoco-parallel-scavenger (the young generation)
 */
v8.setFlagsFromString('--no-allocation-site-pretenuring')
