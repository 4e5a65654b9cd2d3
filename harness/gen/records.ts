// The two record formats of `etcot gen`: program records read from the input (one JSON object per line)
// and chat records written to the output, in the `messages` layout that TRL's SFTTrainer, axolotl and
// LLaMA-Factory read. The user turn is the harness's own trace prompt, so a model is trained on exactly
// the question `etcot eval --prompt trace` asks.

import type { ChatMessage } from '../backends/types.ts';
import {
  defaultTemplateFile,
  loadTemplate,
  renderPrompt,
  type PromptTemplate,
} from '../prompts/templates.ts';
import type { Granularity } from '../../interpreter/tracer/steps.ts';

/** A bad line of the programs file: names the file and 1-based line. */
export class GenInputError extends Error {
  override name = 'GenInputError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
  }
}

export interface ProgramRecord {
  /** The record's `id`, or `line<N>` when it has none. */
  id: string;
  code: string;
  call?: string;
  function?: string;
  input?: string;
}

const OPTIONAL_TEXT = ['call', 'function', 'input'] as const;

/** Parses one line of the programs file; throws GenInputError for anything unusable. */
export function parseProgramLine(text: string, file: string, line: number): ProgramRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GenInputError(file, line, `invalid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GenInputError(file, line, 'expected a JSON object');
  }
  const fields = value as Record<string, unknown>;
  if (typeof fields.code !== 'string' || fields.code.trim() === '') {
    throw new GenInputError(file, line, 'field "code" must be a non-empty string');
  }
  const record: ProgramRecord = { id: `line${line}`, code: fields.code };
  if (typeof fields.id === 'string' || typeof fields.id === 'number') record.id = String(fields.id);
  for (const key of OPTIONAL_TEXT) {
    const field = fields[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') throw new GenInputError(file, line, `field "${key}" must be a string`);
    record[key] = field;
  }
  return record;
}

export interface RecordMeta {
  id: string;
  source_id: string;
  /** 1-based line of the program in the programs file (resume counts completed lines by it). */
  source_line: number;
  call: string;
  output: string;
  granularity: Granularity;
  trace_chars: number;
  trace_steps: number;
  /** Where the call came from: the record itself, a varied seed input, or the type hints. */
  input_origin: 'given' | 'seed' | 'hints';
  /** Digest of the normalized (program, call) pair, for deduplication across a resumed run. */
  key: string;
}

export interface ChatRecord {
  messages: ChatMessage[];
  meta: RecordMeta;
}

/** Builds the messages of a record from the harness's trace prompt template. */
export class TracePrompt {
  private readonly template: PromptTemplate;

  /**
   * `fewShot`: keep the template's system message and few-shot turns before the question (the whole prompt
   * `etcot eval` sends); by default only the question, the usual shape of fine-tuning data.
   */
  constructor(
    templateFile: string = defaultTemplateFile('trace', 'chat'),
    private readonly fewShot = false,
  ) {
    this.template = loadTemplate(templateFile);
  }

  /** The prompt messages for one program and call, exactly as the harness renders them. */
  prompt(code: string, call: string): ChatMessage[] {
    const rendered = renderPrompt(this.template, { code, call }, 'chat');
    if (rendered.api !== 'chat') throw new Error('chat rendering returned a completion prompt');
    return this.fewShot ? rendered.messages : rendered.messages.slice(-1);
  }

  /**
   * The answer in the shape of the template's examples: the trace in [TRACE] tags, then the assertion.
   * A completion-style template that already ends with `[TRACE]` gets the continuation without it.
   */
  answer(question: string, trace: string, call: string, output: string): string {
    const opened = question.trimEnd().endsWith('[TRACE]');
    return `${opened ? '' : '[TRACE]\n'}${trace}[/TRACE]\n[ANSWER] assert ${call} == ${output} [/ANSWER]`;
  }
}

export const TRACE_BLOCK = /\[TRACE\]\n?([\s\S]*?)\[\/TRACE\]/;

/** The trace text inside an assistant answer (for checking records); null when there is no block. */
export function traceOfAnswer(content: string): string | null {
  const m = TRACE_BLOCK.exec(content);
  if (m !== null) return m[1];
  const end = content.indexOf('[/TRACE]');
  return end < 0 ? null : content.slice(0, end);
}
