// The core of `etcot gen`: one program record in, its chat records out. Checks the program against the
// benchmark index, decides its calls (the given one, or K drawn inputs), traces each call and keeps the
// traces that end in a value, fit the length limit and are new. Every drop is counted by reason. No I/O:
// the command (run-gen.ts) and the benchmark (bench.ts) feed it.

import { createHash } from 'node:crypto';
import type { FailureKind } from '../../interpreter/api.ts';
import { traceCall, type TracingRunner } from '../../interpreter/tracer/trace-call.ts';
import type { Granularity } from '../../interpreter/tracer/steps.ts';
import type { BenchmarkIndex } from './decontaminate.ts';
import { drawCall, planInputs, type InputPlan } from './inputs.ts';
import { normalizeSource, type NameMap } from './normalize.ts';
import { Prng } from './prng.ts';
import { type ChatRecord, type ProgramRecord, type RecordMeta, TracePrompt } from './records.ts';
import { SeedInputError } from './seed-input.ts';
import { GenStats, type DropReason } from './stats.ts';

export interface GeneratorOptions {
  granularity: Granularity;
  /** Records whose trace text is longer are dropped ('too-long'). */
  maxTraceChars: number;
  /** Trace steps; a call that needs more is dropped ('timeout') rather than written truncated. */
  maxSteps: number;
  /** Interpreter evaluation steps per call (bounds runaway loops). */
  maxEvalSteps: number;
  /** Inputs drawn per program; null: trace the record's own call. */
  inputs: number | null;
  seed: number;
  benchmarks: BenchmarkIndex | null;
  prompt: TracePrompt;
  /** Receives `line: message` notes about programs that could not be used. */
  warn?: (line: number, message: string) => void;
}

/** Drawing gives up after this many attempts per wanted input (raised, duplicate, too long...). */
const ATTEMPTS_PER_INPUT = 4;

const FAILURE_REASONS: Record<FailureKind, DropReason> = {
  exception: 'raised',
  limit: 'timeout',
  syntax: 'unsupported',
  unsupported: 'unsupported',
};

type Outcome = { record: ChatRecord } | { drop: DropReason; programFault: boolean };

export class TraceGenerator {
  readonly stats = new GenStats();
  /** 52-bit digests of normalized (program, call) pairs already traced. */
  private readonly seen = new Set<number>();

  constructor(
    private readonly runner: TracingRunner,
    private readonly options: GeneratorOptions,
  ) {}

  /** Marks a pair as done (used when resuming from an earlier output). */
  remember(key: string): void {
    this.seen.add(parseInt(key, 16));
  }

  /** The chat records of one program; never throws. */
  generate(program: ProgramRecord, line: number): ChatRecord[] {
    this.stats.programsRead++;
    try {
      const records = this.generateRecords(program, line);
      for (const record of records) this.stats.written(record.meta.trace_chars);
      return records;
    } catch (error) {
      // A bug of ours (tracer, parser) must cost one program, not the run.
      this.stats.drop('internal-error');
      this.options.warn?.(line, `internal error: ${(error as Error).message}`);
      return [];
    }
  }

  private generateRecords(program: ProgramRecord, line: number): ChatRecord[] {
    const normalized = normalizeSource(program.code);
    if (!normalized.ok) {
      this.stats.drop('unsupported');
      this.options.warn?.(line, 'syntax error in the code');
      return [];
    }
    if (this.options.benchmarks?.matches(normalized.text)) {
      this.stats.drop('contaminated');
      return [];
    }
    const context: ProgramContext = { program, line, normalized: normalized.text, names: normalized.names };
    return this.options.inputs === null
      ? this.givenCall(context)
      : this.drawnCalls(context, this.options.inputs);
  }

  private givenCall(context: ProgramContext): ChatRecord[] {
    const { program } = context;
    const call =
      program.call ??
      (program.input === undefined ? undefined : `${program.function ?? 'f'}(${program.input})`);
    if (call === undefined) {
      this.stats.drop('no-inputs');
      this.options.warn?.(context.line, 'no "call" or "input" (use --inputs K to draw inputs)');
      return [];
    }
    const outcome = this.traceOne(context, call, 'given', context.program.id);
    if ('record' in outcome) return [outcome.record];
    this.stats.drop(outcome.drop);
    return [];
  }

  private drawnCalls(context: ProgramContext, wanted: number): ChatRecord[] {
    const { program, line } = context;
    let plan: InputPlan;
    try {
      plan = planInputs(this.runner, program.code, program);
    } catch (error) {
      if (!(error instanceof SeedInputError)) throw error;
      this.stats.drop('no-inputs');
      this.options.warn?.(line, error.message);
      return [];
    }
    const rng = Prng.fromKey(this.options.seed, `${line}:${program.id}`);
    const records: ChatRecord[] = [];
    for (let attempt = 0; attempt < wanted * ATTEMPTS_PER_INPUT && records.length < wanted; attempt++) {
      const call = drawCall(plan, rng);
      const outcome = this.traceOne(context, call, plan.origin, `${program.id}#${records.length}`);
      if ('record' in outcome) {
        records.push(outcome.record);
        continue;
      }
      this.stats.drop(outcome.drop);
      // A program that cannot run fails the same way for every input.
      if (outcome.programFault) break;
    }
    return records;
  }

  private traceOne(
    context: ProgramContext,
    call: string,
    origin: RecordMeta['input_origin'],
    id: string,
  ): Outcome {
    const { code } = context.program;
    const callText = normalizeSource(call, new Map(context.names));
    const key = createHash('sha1')
      .update(`${context.normalized}\u0001${callText.text}`)
      .digest('hex')
      .slice(0, 13);
    const numericKey = parseInt(key, 16);
    if (this.seen.has(numericKey)) return { drop: 'duplicate', programFault: false };
    this.seen.add(numericKey);
    const { granularity, maxSteps, maxTraceChars, maxEvalSteps } = this.options;
    let traced;
    try {
      traced = traceCall(this.runner, code, call, {
        granularity,
        maxSteps,
        header: false,
        limits: { maxSteps: maxEvalSteps },
      });
    } catch (error) {
      this.options.warn?.(context.line, `tracer failed on ${call}: ${(error as Error).message}`);
      return { drop: 'internal-error', programFault: false };
    }
    if (traced.error !== null) {
      const reason = FAILURE_REASONS[traced.error.kind];
      return { drop: reason, programFault: reason === 'unsupported' };
    }
    if (traced.output === null || traced.truncatedAfter !== null)
      return { drop: 'timeout', programFault: false };
    if (traced.text.length > maxTraceChars) return { drop: 'too-long', programFault: false };
    const messages = this.options.prompt.prompt(code, call);
    const question = messages[messages.length - 1]!.content;
    const answer = this.options.prompt.answer(question, traced.text, call, traced.output);
    const meta: RecordMeta = {
      id,
      source_id: context.program.id,
      source_line: context.line,
      call,
      output: traced.output,
      granularity,
      trace_chars: traced.text.length,
      trace_steps: traced.steps.length,
      input_origin: origin,
      key,
    };
    return { record: { messages: [...messages, { role: 'assistant', content: answer }], meta } };
  }
}

interface ProgramContext {
  program: ProgramRecord;
  line: number;
  normalized: string;
  names: NameMap;
}
