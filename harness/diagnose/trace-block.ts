// Finds the trace inside a model's response: the lines between `[TRACE]` and `[/TRACE]`; else the inside of
// a code fence that holds a `RESULT:` line; else the whole text up to its last `RESULT:` line (prose after
// the answer is not part of the trace). Line numbers stay those of the response, so reports point into it.

export interface TraceBlock {
  /** The trace's lines joined by newlines. */
  text: string;
  /** 1-based line of the response on which `text` starts. */
  firstLine: number;
}

const OPEN = /^\s*\[TRACE\]\s*$/i;
const CLOSE = /^\s*\[\/TRACE\]/i;
const FENCE = /^\s*```/;
const RESULT = /^\s*RESULT:/;

export function findTraceBlock(response: string): TraceBlock {
  const lines = response.replace(/\r\n?/g, '\n').split('\n');
  const open = lines.findIndex((line) => OPEN.test(line));
  if (open >= 0) {
    const after = lines.slice(open + 1);
    const close = after.findIndex((line) => CLOSE.test(line));
    return { text: (close < 0 ? after : after.slice(0, close)).join('\n'), firstLine: open + 2 };
  }
  const fenced = fencedTrace(lines);
  if (fenced !== undefined) return fenced;
  let last = lines.length - 1;
  while (last >= 0 && !RESULT.test(lines[last])) last--;
  return { text: (last < 0 ? lines : lines.slice(0, last + 1)).join('\n'), firstLine: 1 };
}

/** The first code fence whose body holds a RESULT line. */
function fencedTrace(lines: readonly string[]): TraceBlock | undefined {
  for (let start = 0; start < lines.length; start++) {
    if (!FENCE.test(lines[start])) continue;
    let end = start + 1;
    while (end < lines.length && !FENCE.test(lines[end])) end++;
    const body = lines.slice(start + 1, end);
    if (body.some((line) => RESULT.test(line))) return { text: body.join('\n'), firstLine: start + 2 };
    start = end;
  }
  return undefined;
}
