// json.loads: a strict JSON parser with Python's number split (int vs float) and CPython's error texts.

import { PyType } from '../../objects/type.ts';
import { ValueError, pyError } from '../../objects/exceptions.ts';
import { PyDict, PyList, PyNaN, type PyValue } from '../../objects/values.ts';

export const JSONDecodeError = new PyType('JSONDecodeError', [ValueError], new Map(), 'json.decoder');

class Parser {
  i = 0;
  constructor(
    readonly s: string,
    readonly nan: PyNaN,
  ) {}

  fail(msg: string, at = this.i): never {
    const before = this.s.slice(0, at);
    const line = before.split('\n').length;
    const col = at - before.lastIndexOf('\n');
    throw pyError(JSONDecodeError, `${msg}: line ${line} column ${col} (char ${at})`);
  }

  ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }

  value(): PyValue {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    for (const [word, v] of [
      ['null', null],
      ['true', true],
      ['false', false],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
    ] as const) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return v !== v ? this.nan : v;
      }
    }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (!m) this.fail('Expecting value');
    this.i += m![0].length;
    return m![1] === undefined && m![2] === undefined ? BigInt(m![0]) : Number(m![0]);
  }

  string(): string {
    const start = this.i;
    this.i++;
    let out = '';
    for (;;) {
      if (this.i >= this.s.length) this.fail('Unterminated string starting at', start);
      const c = this.s[this.i]!;
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c === '\\') {
        const e = this.s[this.i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          this.i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) {
          out += String.fromCharCode(Number.parseInt(this.s.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
        } else this.fail('Invalid \\escape', this.i);
        continue;
      }
      if (c.charCodeAt(0) < 0x20) this.fail('Invalid control character at');
      out += c;
      this.i++;
    }
  }

  array(): PyList {
    this.i++;
    const items: PyValue[] = [];
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return new PyList(items);
    }
    for (;;) {
      items.push(this.value());
      this.ws();
      const c = this.s[this.i];
      if (c === ']') {
        this.i++;
        return new PyList(items);
      }
      if (c !== ',') this.fail("Expecting ',' delimiter");
      this.i++;
    }
  }

  object(): PyDict {
    this.i++;
    const d = new PyDict();
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return d;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail('Expecting property name enclosed in double quotes');
      const k = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail("Expecting ':' delimiter");
      this.i++;
      d.table.set(k, this.value());
      this.ws();
      const c = this.s[this.i];
      if (c === '}') {
        this.i++;
        return d;
      }
      if (c !== ',') this.fail("Expecting ',' delimiter");
      this.i++;
    }
  }
}

/** `nan` is the module's NaN constant: CPython's decoder answers its one `NaN` object for every `NaN`. */
export function decode(s: string, nan: PyNaN): PyValue {
  const p = new Parser(s, nan);
  const v = p.value();
  p.ws();
  if (p.i < s.length) p.fail('Extra data');
  return v;
}
