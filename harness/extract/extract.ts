// Reads the predicted value out of a model response. Pure: text in, verdict out. It never guesses: when a
// response holds no answer it says not_found, and when it holds an answer it cannot read, or several
// answers that disagree, it says unparsable, so a harness problem is never scored as a model mistake.

import type { Sample } from '../../benchmarks/sample.ts';
import type { PromptMode } from '../prompts/templates.ts';
import { hasAdjacentWords, scanExpression } from './scan.ts';

export interface Extraction {
  status: 'ok' | 'not_found' | 'unparsable';
  predicted: string | null;
  /** For not_found and unparsable: what was wrong, quoting the offending text. */
  reason?: string;
}

type Candidate = { ok: true; value: string; compact: string } | { ok: false; reason: string };

const ANSWER_BLOCK = /\[ANSWER\]([\s\S]*?)(?:\[\/ANSWER\]|$)/gi;
const FENCE = /```[\w+-]*[ \t]*\n?([\s\S]*?)```/g;
const RESULT_LINE = /^[ \t]*RESULT:[ \t]*(.*?)[ \t]*$/gm;

/**
 * Looks for answers in order of how deliberately they were written, and stops at the first place that
 * has any: `[ANSWER]` blocks (and, in trace mode, the trace's final `RESULT:` line), then `assert f(...)
 * == X` lines, then one-line code fences, then a bare literal. All answers found at that level must agree.
 */
export function extractAnswer(text: string, sample: Pick<Sample, 'call'>, mode: PromptMode): Extraction {
  const tiers: Array<() => Candidate[]> = [
    () => answerBlocks(text, sample, mode),
    () => assertLines(text, sample),
    () => oneLineFences(text, sample),
    () => bareLiteral(text, sample, mode),
  ];
  for (const tier of tiers) {
    const candidates = tier();
    if (candidates.length > 0) return decide(candidates);
  }
  return { status: 'not_found', predicted: null, reason: 'no answer in the response' };
}

function decide(candidates: Candidate[]): Extraction {
  const failed = candidates.find((c): c is { ok: false; reason: string } => !c.ok);
  if (failed) return { status: 'unparsable', predicted: null, reason: failed.reason };
  const answers = candidates as Array<{ ok: true; value: string; compact: string }>;
  const distinct: string[] = [];
  const seen = new Set<string>();
  for (const answer of answers) {
    if (!seen.has(answer.compact)) distinct.push(answer.value);
    seen.add(answer.compact);
  }
  if (distinct.length > 1) {
    return { status: 'unparsable', predicted: null, reason: `conflicting answers: ${distinct.join(' | ')}` };
  }
  return { status: 'ok', predicted: distinct[0] };
}

function answerBlocks(text: string, sample: Pick<Sample, 'call'>, mode: PromptMode): Candidate[] {
  const candidates = [...text.matchAll(ANSWER_BLOCK)].map((m) => fromSnippet(m[1], sample));
  if (mode === 'trace') {
    const results = [...text.matchAll(RESULT_LINE)];
    // Only the trace's final line is the call's result; earlier RESULT lines may belong to inner calls.
    const last = results.at(-1)?.[1];
    if (last?.startsWith('!!'))
      candidates.push({ ok: false, reason: `the trace ends in an exception: ${last}` });
    else if (last !== undefined) candidates.push(checkValue(last, sample));
  }
  return candidates;
}

function assertLines(text: string, sample: Pick<Sample, 'call'>): Candidate[] {
  return assertStatements(text).map((statement) => fromAssertion(statement, sample));
}

const ASSERT_START = /^\s*(?:>>>\s*)?assert\s+/;
/** Longest assertion read across lines, for a value whose brackets span lines. */
const MAX_ASSERT_LINES = 50;

/** The expressions of `assert` statements, each joined over the lines its open brackets span. */
function assertStatements(text: string): string[] {
  const lines = text.split('\n');
  const statements: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!ASSERT_START.test(lines[i])) continue;
    let statement = lines[i].replace(ASSERT_START, '');
    for (let j = i + 1; j < Math.min(lines.length, i + MAX_ASSERT_LINES); j++) {
      if (!scanExpression(statement).problem?.startsWith('unclosed')) break;
      statement += `\n${lines[j]}`;
    }
    statements.push(statement);
  }
  return statements;
}

function oneLineFences(text: string, sample: Pick<Sample, 'call'>): Candidate[] {
  return [...text.matchAll(FENCE)]
    .map((m) => m[1].trim())
    .filter((body) => body !== '' && !body.includes('\n'))
    .map((body) => fromSnippet(body, sample));
}

function bareLiteral(text: string, sample: Pick<Sample, 'call'>, mode: PromptMode): Candidate[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return [];
  // A completion model continuing `assert f(x) ==` writes the value first and may ramble on after it.
  if (mode === 'direct') return [fromSnippet(lines[0], sample)];
  return lines.length === 1 ? [fromSnippet(lines[0], sample)] : [];
}

/** The inside of an [ANSWER] block or a fence: an assertion, a comparison or a plain value. */
function fromSnippet(raw: string, sample: Pick<Sample, 'call'>): Candidate {
  let snippet = raw.trim();
  const fenced = /^```[\w+-]*[ \t]*\n?([\s\S]*?)\n?```$/.exec(snippet);
  if (fenced) snippet = fenced[1].trim();
  if (/^`[^`]+`$/.test(snippet)) snippet = snippet.slice(1, -1).trim();
  const asserts = assertStatements(snippet);
  if (asserts.length > 0) {
    const values = asserts.map((statement) => fromAssertion(statement, sample));
    const decided = decide(values);
    if (decided.status === 'ok' && decided.predicted !== null) return checkValue(decided.predicted, sample);
    return { ok: false, reason: decided.reason ?? 'unreadable assertion' };
  }
  const scan = scanExpression(snippet);
  if (scan.problem === undefined && scan.equals.length > 0) return fromComparison(snippet, sample);
  return checkValue(snippet, sample);
}

/** `f(x) == y, "message"`: Python reads the part after a top-level comma as the assert message. */
function fromAssertion(statement: string, sample: Pick<Sample, 'call'>): Candidate {
  const scan = scanExpression(statement);
  if (scan.problem !== undefined)
    return { ok: false, reason: `${scan.problem} in 'assert ${statement.trim()}'` };
  const end = Math.min(scan.comment ?? statement.length, scan.commas[0] ?? statement.length);
  return fromComparison(statement.slice(0, end), sample);
}

function fromComparison(expression: string, sample: Pick<Sample, 'call'>): Candidate {
  const scan = scanExpression(expression);
  const code = expression.slice(0, scan.comment ?? expression.length);
  if (scan.equals.length !== 1) {
    return { ok: false, reason: `expected one '==' in '${code.trim()}', found ${scan.equals.length}` };
  }
  const left = code.slice(0, scan.equals[0]).trim();
  const right = code.slice(scan.equals[0] + 2).trim();
  if (callsF(left)) return checkValue(right, sample);
  if (callsF(right)) return checkValue(left, sample);
  return { ok: false, reason: `'${code.trim()}' does not compare a call of f` };
}

function callsF(expression: string): boolean {
  return /^f\s*\(/.test(expression.trim());
}

/** Accepts text as a predicted value only if it could be one expression and does not call f itself. */
function checkValue(raw: string, sample: Pick<Sample, 'call'>): Candidate {
  const scan = scanExpression(raw.trim());
  const value = raw
    .trim()
    .slice(0, scan.comment ?? raw.trim().length)
    .trim();
  if (value === '' || value === '??' || value === '...')
    return { ok: false, reason: `empty answer '${raw.trim()}'` };
  if (scan.problem !== undefined) return { ok: false, reason: `${scan.problem} in '${value}'` };
  const { codeOnly, compact, splitsLines } = scanExpression(value);
  if (splitsLines) return { ok: false, reason: `more than one line: '${value}'` };
  // CRUXEval's own rule: an answer that calls f (e.g. repeats the call) has not predicted anything.
  if (/(^|[^\w.])f\s*\(/.test(codeOnly)) {
    return {
      ok: false,
      reason: `answer calls f instead of giving its value: '${value}' (call ${sample.call})`,
    };
  }
  if (hasAdjacentWords(codeOnly)) return { ok: false, reason: `not a Python expression: '${value}'` };
  if (/(^|[^=!<>])=($|[^=])/.test(codeOnly))
    return { ok: false, reason: `an assignment, not a value: '${value}'` };
  return { ok: true, value, compact };
}
