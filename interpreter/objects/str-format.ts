// str.format / str.format_map: replacement fields with automatic or manual numbering, keyword fields,
// attribute and index access (`{0.real}`, `{a[key]}`), conversions (!r !s !a) and nested specs.

import { IndexError, KeyError, ValueError, pyError } from './exceptions.ts';
import { formatValue } from './format.ts';
import { asciiRepr, repr, str } from './repr.ts';
import { rt } from './runtime.ts';
import { getItem } from './subscript.ts';
import { PyDict, type PyValue } from './values.ts';

interface FormatArgs {
  /** null for format_map, which has no positional arguments at all. */
  positional: readonly PyValue[] | null;
  /** Keyword arguments, or a mapping for format_map. */
  lookup: (name: string) => PyValue;
  /** 0: unset, 1: automatic numbering used, 2: manual numbering used. */
  mode: number;
  next: number;
}

export function strFormat(
  fmt: string,
  positional: readonly PyValue[],
  kwargs: Map<string, PyValue> | null,
): string {
  return render(
    fmt,
    {
      positional,
      lookup: (name) => {
        const v = kwargs?.get(name);
        if (v === undefined) throw pyError(KeyError, name);
        return v;
      },
      mode: 0,
      next: 0,
    },
    2,
  );
}

export function strFormatMap(fmt: string, mapping: PyValue): string {
  return render(
    fmt,
    {
      positional: null,
      lookup: (name) => {
        if (mapping instanceof PyDict) {
          const e = mapping.table.getEntry(name);
          if (e !== undefined) return e.value;
        }
        return getItem(mapping, name);
      },
      mode: 0,
      next: 0,
    },
    2,
  );
}

function render(fmt: string, args: FormatArgs, depth: number): string {
  if (depth <= 0) throw pyError(ValueError, 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i]!;
    if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw pyError(ValueError, "Single '}' encountered in format string");
    }
    if (c !== '{') {
      const next = nextBrace(fmt, i);
      out += fmt.slice(i, next);
      i = next;
      continue;
    }
    if (fmt[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    if (i + 1 >= n) throw pyError(ValueError, "Single '{' encountered in format string");
    const field = scanField(fmt, i + 1);
    out += renderField(field, args, depth);
    i = field.next;
  }
  return out;
}

interface Field {
  name: string;
  conversion: string | undefined;
  spec: string;
  /** Where the text after the field's closing brace starts. */
  next: number;
}

/**
 * Reads one replacement field, `start` being just after its `{`, with CPython's errors for malformed
 * fields: the name may hold `[...]` (where braces are plain text), then `!c`, then `:spec` with nested
 * fields.
 */
function scanField(fmt: string, start: number): Field {
  const n = fmt.length;
  let j = start;
  let inBracket = false;
  for (; j < n; j++) {
    const d = fmt[j];
    if (inBracket) {
      if (d === ']') inBracket = false;
    } else if (d === '[') inBracket = true;
    else if (d === '{') throw pyError(ValueError, "unexpected '{' in field name");
    else if (d === '}' || d === '!' || d === ':') break;
  }
  if (j >= n) throw pyError(ValueError, "expected '}' before end of string");
  const name = fmt.slice(start, j);
  let conversion: string | undefined;
  if (fmt[j] === '!') {
    if (j + 1 >= n) throw pyError(ValueError, 'end of string while looking for conversion specifier');
    conversion = fmt[j + 1];
    j += 2;
    if (j >= n) throw pyError(ValueError, "unmatched '{' in format spec");
    if (fmt[j] !== ':' && fmt[j] !== '}')
      throw pyError(ValueError, "expected ':' after conversion specifier");
  }
  let spec = '';
  if (fmt[j] === ':') {
    const specStart = ++j;
    let level = 1;
    for (; j < n; j++) {
      if (fmt[j] === '{') level++;
      else if (fmt[j] === '}' && --level === 0) break;
    }
    if (j >= n) throw pyError(ValueError, "unmatched '{' in format spec");
    spec = fmt.slice(specStart, j);
  }
  return { name, conversion, spec, next: j + 1 };
}

function nextBrace(s: string, from: number): number {
  for (let k = from; k < s.length; k++) if (s[k] === '{' || s[k] === '}') return k;
  return s.length;
}

function renderField(field: Field, args: FormatArgs, depth: number): string {
  const { name, conversion } = field;
  let spec = field.spec;
  let value = resolveField(name, args);
  if (conversion !== undefined) {
    if (conversion === 'r') value = repr(value);
    else if (conversion === 's') value = str(value);
    else if (conversion === 'a') value = asciiRepr(value);
    else throw pyError(ValueError, `Unknown conversion specifier ${conversion}`);
  }
  if (spec.includes('{')) spec = render(spec, args, depth - 1);
  return formatValue(value, spec);
}

function resolveField(name: string, args: FormatArgs): PyValue {
  const m = /^[^.[]*/.exec(name)!;
  const first = m[0];
  let value: PyValue;
  if (first === '') {
    if (args.mode === 2) {
      throw pyError(ValueError, 'cannot switch from manual field specification to automatic field numbering');
    }
    args.mode = 1;
    value = positionalArg(args, args.next++);
  } else if (/^\d+$/.test(first)) {
    if (args.mode === 1) {
      throw pyError(ValueError, 'cannot switch from automatic field numbering to manual field specification');
    }
    args.mode = 2;
    value = positionalArg(args, Number(first));
  } else {
    value = args.lookup(first);
  }
  let rest = name.slice(first.length);
  while (rest.length > 0) {
    if (rest[0] === '.') {
      const attr = /^\.([^.[]*)/.exec(rest)!;
      if (attr[1] === '') throw pyError(ValueError, 'Empty attribute in format string');
      value = rt().getAttr(value, attr[1]!);
      rest = rest.slice(attr[0].length);
    } else if (rest[0] === '[') {
      const close = rest.indexOf(']');
      if (close < 0) throw pyError(ValueError, "Missing ']' in format string");
      const key = rest.slice(1, close);
      if (key === '') throw pyError(ValueError, 'Empty attribute in format string');
      value = getItem(value, /^\d+$/.test(key) ? BigInt(key) : key);
      rest = rest.slice(close + 1);
    } else {
      throw pyError(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return value;
}

function positionalArg(args: FormatArgs, i: number): PyValue {
  if (args.positional === null) throw pyError(ValueError, 'Format string contains positional fields');
  if (i >= args.positional.length) {
    throw pyError(IndexError, `Replacement index ${i} out of range for positional args tuple`);
  }
  return args.positional[i]!;
}
