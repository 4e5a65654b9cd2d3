// Records a run writes to disk. Reporting reads these; it never recomputes scores.

/** What answer extraction made of one model response. */
export type ExtractionStatus = 'ok' | 'not_found' | 'unparsable' | 'request_failed';

/** One model response, appended to `results/<run>/generations.jsonl` the moment it arrives. */
export interface GenerationRecord {
  /** Canonical cache key: hash of (model, prompt, parameters, sample index); never holds secrets. */
  key: string;
  sampleId: string;
  /** 0-based index among the n generations asked for this sample. */
  index: number;
  model: string;
  promptMode: string;
  promptHash: string;
  params: Record<string, unknown>;
  text: string;
  usage?: { promptTokens?: number; completionTokens?: number };
  latencyMs?: number;
  at: string;
}

/** One scored generation. */
export interface ScoredGeneration {
  index: number;
  predicted: string | null;
  status: ExtractionStatus;
  correct: boolean;
  /** Why scoring said no beyond a plain mismatch, e.g. the prediction raised NameError. */
  reason?: string;
}

/** One sample's outcome, one line of `results/<run>/samples.jsonl`. */
export interface SampleResult {
  id: string;
  benchmark: string;
  difficulty?: string;
  contestDate?: string;
  expected: string;
  generations: ScoredGeneration[];
  /** Count of correct generations (c in the pass@k estimator). */
  correctCount: number;
}
