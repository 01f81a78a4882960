/**
 * @order75/synthetic (private) — seeded synthetic datasets of SAMR Order 75 records for tests and benchmarks.
 */
export { generateDataset, generateRecords, type Dataset } from './generate';
export { type DatasetOptions, type ResolvedOptions, resolveOptions } from './options';
export { createRng, type Rng } from './prng';
