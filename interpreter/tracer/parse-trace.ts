// Reads trace text back into typed steps. The text may come from a model: truncated, mis-indented, mixed
// with prose, or simply wrong. The parser never throws; every line it cannot read is reported with its
// 1-based line number and skipped, and everything readable is kept. Indentation is ignored: `line` and
// `depth` are derived from the step sequence (annotateSteps).

import {
  ERROR_MARK,
  HEADER_PREFIX,
  readResult,
  RESULT_PREFIX,
  TRUNCATION_PATTERN,
  type TraceDocument,
} from './document.ts';
import { bracketProblem } from './scan.ts';
import { annotateSteps, isGranularity, isKeywordKind, readStepPayload, type Step } from './steps.ts';

export interface MalformedLine {
  /** 1-based line number in the parsed text. */
  line: number;
  /** The line as written (without its line break). */
  text: string;
  reason: string;
}

export interface ParsedTrace extends TraceDocument {
  malformed: MalformedLine[];
  /** For each step, the 1-based number of the text line it was read from (for pointing at a step). */
  stepLineNumbers: number[];
  /** The 1-based text line of the RESULT line the answer comes from, or null. */
  resultLineNumber: number | null;
  /** The final answer: the RESULT line's value text (`!! Type: message` for an exception), or null. */
  answer: string | null;
}

const LINE_STEP = /^L(\d+)(?:\s+(.*))?$/;
const KEYWORD_STEP = /^([a-z]+)(?:\s+(.*))?$/;
/** Lines a reader skips without complaint: comments (`# ...`). */
const COMMENT = /^#/;

/** Parses trace text; never throws. */
export function parseTrace(text: string): ParsedTrace {
  const parsed: ParsedTrace = {
    version: null,
    granularity: null,
    steps: [],
    truncatedAfter: null,
    result: null,
    malformed: [],
    stepLineNumbers: [],
    resultLineNumber: null,
    answer: null,
  };
  const steps: Step[] = [];
  let resultLineNumber = 0;
  const lines = typeof text === 'string' ? text.split('\n') : [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    const lineNumber = i + 1;
    const body = raw.trim();
    if (body === '') continue;
    const bad = (reason: string): void => {
      parsed.malformed.push({ line: lineNumber, text: raw, reason });
    };
    if (body.startsWith(HEADER_PREFIX)) {
      readHeader(body, parsed, steps.length > 0 || resultLineNumber > 0, bad);
      continue;
    }
    if (COMMENT.test(body)) continue;
    if (body.startsWith(RESULT_PREFIX.trimEnd())) {
      const result = readResult(body.slice(RESULT_PREFIX.trimEnd().length));
      if (result === null) bad('RESULT line without a readable value');
      else if (result.kind === 'value' && bracketProblem(result.repr) !== null) {
        bad(`RESULT value: ${bracketProblem(result.repr)}`);
      } else {
        if (resultLineNumber > 0) {
          parsed.malformed.push({
            line: resultLineNumber,
            text: lines[resultLineNumber - 1],
            reason: 'RESULT line followed by another RESULT line',
          });
        }
        parsed.result = result;
        parsed.answer = body.slice(RESULT_PREFIX.trimEnd().length).trim();
        resultLineNumber = lineNumber;
      }
      continue;
    }
    if (resultLineNumber > 0) {
      bad('step after the RESULT line');
      continue;
    }
    const truncation = TRUNCATION_PATTERN.exec(body);
    if (truncation !== null) {
      parsed.truncatedAfter = Number(truncation[1]);
      continue;
    }
    const step = readStep(body, bad);
    if (step !== null) {
      if (parsed.truncatedAfter !== null) bad('step after the truncation marker');
      else {
        steps.push(step);
        parsed.stepLineNumbers.push(lineNumber);
      }
    }
  }
  annotateSteps(steps);
  parsed.steps = steps;
  if (resultLineNumber > 0) parsed.resultLineNumber = resultLineNumber;
  return parsed;
}

function readHeader(
  body: string,
  parsed: ParsedTrace,
  afterSteps: boolean,
  bad: (reason: string) => void,
): void {
  const words = body.slice(HEADER_PREFIX.length).trim().split(/\s+/);
  if (afterSteps || parsed.version !== null) {
    bad('header line after the start of the trace');
    return;
  }
  if (!/^v\d+$/.test(words[0] ?? '')) {
    bad('header without a version like v1');
    return;
  }
  parsed.version = words[0];
  for (const word of words.slice(1)) {
    const m = /^granularity=(.*)$/.exec(word);
    if (m !== null && isGranularity(m[1])) parsed.granularity = m[1];
    else if (m !== null) bad(`unknown granularity "${m[1]}"`);
  }
}

function readStep(body: string, bad: (reason: string) => void): Step | null {
  const lineStep = LINE_STEP.exec(body);
  if (lineStep !== null) {
    return { kind: 'line', line: Number(lineStep[1]), depth: 0, text: (lineStep[2] ?? '').trim() };
  }
  const keyword = KEYWORD_STEP.exec(body);
  if (keyword === null || !isKeywordKind(keyword[1])) {
    bad('not a trace step');
    return null;
  }
  const kind = keyword[1];
  const payload = (keyword[2] ?? '').trim();
  const reading = readStepPayload(kind, payload);
  if (!reading.ok) {
    bad(reading.reason);
    return null;
  }
  // Exception messages are free text; everything else must be a complete expression or repr.
  const freeText = kind === 'raise' || kind === 'catch' || kind === 'unwind';
  const checked = kind === 'eval' ? payload : freeText ? null : reading.value;
  const problem = checked === undefined || checked === null ? null : bracketProblem(checked);
  if (problem !== null) {
    bad(`${kind} ${kind === 'eval' ? 'expression' : 'value'}: ${problem}`);
    return null;
  }
  const step: Step = { kind, line: 0, depth: 0, text: payload };
  if (reading.value !== undefined) step.value = reading.value;
  return step;
}

/** True when a RESULT answer states an exception rather than a value. */
export function isErrorAnswer(answer: string): boolean {
  return answer.startsWith(ERROR_MARK.trim());
}
