// True traces of CRUXEval programs from the interpreter's tracer, shared by the planted-error tests.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCruxeval, type Sample } from '../../benchmarks/index.ts';
import { diagnoseAgainst, type DiagnosisOutcome, type TraceTools } from '../../harness/diagnose/diagnose.ts';
import { loadTraceTools } from '../../harness/diagnose/tools.ts';

const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const CRUXEVAL_FILE = path.resolve(REPO_ROOT, '../shared/data/cruxeval/cruxeval.jsonl');

let samples: Map<string, Sample> | undefined;
let tools: Promise<TraceTools> | undefined;

export function cruxevalSamples(): Map<string, Sample> {
  samples ??= new Map(loadCruxeval(CRUXEVAL_FILE).map((s) => [s.id, s]));
  return samples;
}

export function traceTools(): Promise<TraceTools> {
  tools ??= loadTraceTools();
  return tools;
}

export interface RealTrace {
  sample: Sample;
  text: string;
  /** Diagnoses a model trace against this true trace. */
  diagnose(modelText: string): DiagnosisOutcome;
}

export async function realTrace(id: string): Promise<RealTrace> {
  const sample = cruxevalSamples().get(id);
  if (sample === undefined) throw new Error(`no CRUXEval sample ${id}`);
  const t = await traceTools();
  const truth = t.trueTrace(sample.code, sample.call);
  if (!truth.ok) throw new Error(`cannot trace ${id}: ${truth.message}`);
  const parsed = t.parse(truth.text);
  return { sample, text: truth.text, diagnose: (model) => diagnoseAgainst(parsed, truth.text, model, t) };
}
