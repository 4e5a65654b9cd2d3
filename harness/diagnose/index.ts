// Public surface of harness/diagnose/: what `etcot diagnose` uses, and what `etcot eval` can call to write
// diagnosis.json and report.html after a trace-prompt run.

export { alignTraces, type Alignment, type Divergence, type DivergenceCause } from './align.ts';
export {
  aggregateRun,
  DIAGNOSIS_SCHEMA,
  type GenerationDiagnosis,
  type KindRow,
  type RunDiagnosis,
} from './aggregate.ts';
export {
  diagnoseAgainst,
  diagnoseTrace,
  TrueTraceError,
  type DiagnosisOutcome,
  type TraceDiagnosis,
  type TraceTools,
} from './diagnose.ts';
export { renderReportHtml, type ReportEntry } from './html/page.ts';
export {
  diagnoseRunDir,
  RunDiagnosisError,
  type RunDiagnosisOptions,
  type RunDiagnosisOutput,
} from './run.ts';
export { benchmarkSamplesLoader, samplesLoaderFrom } from './samples.ts';
export { renderRunDiagnosis, renderTraceDiagnosis } from './table.ts';
export { loadTraceTools } from './tools.ts';
