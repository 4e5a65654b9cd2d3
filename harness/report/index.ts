// Public surface of harness/report/: summaries, run files, tables and run comparison. Reporting reads scored
// results and aggregates them; it never re-scores.

export { summarize, scoreGroup, contestWindow, REPORTED_KS, SUMMARY_SCHEMA } from './summary.ts';
export type { GroupScore, Summary, SummaryMeta } from './summary.ts';
export {
  CSV_COLUMNS,
  RunFileError,
  readSamplesJsonl,
  readSummary,
  samplesCsv,
  writeSamplesCsv,
  writeSamplesJsonl,
  writeSummary,
} from './files.ts';
export { renderSummaryTable, formatPercent } from './table.ts';
export { mcnemarExact, pairOutcomes, type PairedCounts } from './mcnemar.ts';
export {
  compareRuns,
  comparisonCsv,
  firstGenerationOutcomes,
  loadRun,
  renderComparisonTable,
  type Comparison,
  type ComparisonRow,
  type LoadedRun,
  type SignificanceTest,
} from './compare.ts';
