// Test helpers: plant one known error into a true trace's text. Line numbers are 1-based, as reports give.

/** Lines of a trace text without the final empty line. */
export function traceLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function join(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}

/**
 * The line with one value changed: the last number is increased by one, else the last string literal gets
 * an extra character, else True/False/None flip, else `?` is appended. Undefined when the line is blank.
 */
export function changeValue(line: string): string | undefined {
  if (line.trim() === '') return undefined;
  const number = /(\d+)(?!.*\d)/.exec(line);
  if (number)
    return (
      line.slice(0, number.index) +
      String(BigInt(number[1]) + 1n) +
      line.slice(number.index + number[1].length)
    );
  const string = /(['"])(?!.*['"])/.exec(line);
  if (string) return `${line.slice(0, string.index)}z${line.slice(string.index)}`;
  for (const [from, to] of [
    ['True', 'False'],
    ['False', 'True'],
    ['None', '0'],
  ]) {
    const at = line.lastIndexOf(from);
    if (at >= 0) return line.slice(0, at) + to + line.slice(at + from.length);
  }
  return `${line}?`;
}

export function withLineReplaced(text: string, lineNo: number, replacement: string): string {
  const lines = traceLines(text);
  lines[lineNo - 1] = replacement;
  return join(lines);
}

export function withLineRemoved(text: string, lineNo: number): string {
  const lines = traceLines(text);
  lines.splice(lineNo - 1, 1);
  return join(lines);
}

export function withLineInserted(text: string, beforeLineNo: number, line: string): string {
  const lines = traceLines(text);
  lines.splice(beforeLineNo - 1, 0, line);
  return join(lines);
}

export function truncatedAfter(text: string, keptLines: number): string {
  return join(traceLines(text).slice(0, keptLines));
}

/** 1-based number of the first line whose trimmed text starts with `prefix` (after `from`). */
export function lineStarting(text: string, prefix: string, from = 1): number {
  const index = traceLines(text).findIndex((l, i) => i + 1 >= from && l.trim().startsWith(prefix));
  if (index < 0) throw new Error(`no line starts with ${JSON.stringify(prefix)}`);
  return index + 1;
}

/** 1-based number of the first line whose trimmed text is exactly `content`. */
export function lineExactly(text: string, content: string): number {
  const index = traceLines(text).findIndex((l) => l.trim() === content);
  if (index < 0) throw new Error(`no line is ${JSON.stringify(content)}`);
  return index + 1;
}
