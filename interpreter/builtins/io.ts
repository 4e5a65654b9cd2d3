// print, repr, ascii, format, and the builtins the sandbox refuses: input (no stdin), open (no files),
// exit/quit (raise SystemExit, which ends the run like CPython's).

import { typeOf } from '../objects/builtin-types.ts';
import { EOFError, SystemExit, TypeError, pyError } from '../objects/exceptions.ts';
import { formatValue } from '../objects/format.ts';
import { repr, str } from '../objects/repr.ts';
import { context } from '../objects/runtime.ts';
import { FileNotFoundError } from './exception-types.ts';
import type { Kwargs, PyValue } from '../objects/values.ts';
import { bindArgs, keywordOnly } from './args.ts';
import { expectArgs, nativeFunction, noKwargs } from './define.ts';

function textOption(name: string, v: PyValue | undefined, dflt: string): string {
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'string')
    throw pyError(TypeError, `${name} must be None or a string, not ${typeOf(v).name}`);
  return v;
}

function print(args: PyValue[], kwargs: Kwargs | null): PyValue {
  const opts = keywordOnly('print', kwargs, ['sep', 'end', 'file', 'flush']);
  const sep = textOption('sep', opts.get('sep'), ' ');
  const end = textOption('end', opts.get('end'), '\n');
  let out = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) out += sep;
    out += str(args[i]!);
  }
  context.stdout(out + end);
  return null;
}

/** `ascii(x)`: repr with every non-ASCII character escaped. */
export function asciiRepr(v: PyValue): string {
  let out = '';
  for (const ch of repr(v)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

function exit(name: string) {
  return nativeFunction(name, (args, kwargs) => {
    noKwargs(name, kwargs);
    expectArgs(name, args, 0, 1);
    throw pyError(SystemExit, args.length === 0 ? undefined : args[0]!);
  });
}

export function ioBuiltins(): Map<string, PyValue> {
  const ns = new Map<string, PyValue>();
  ns.set('print', nativeFunction('print', print));
  ns.set(
    'repr',
    nativeFunction('repr', (args, kwargs) => {
      noKwargs('repr', kwargs);
      expectArgs('repr', args, 1);
      return repr(args[0]!);
    }),
  );
  ns.set(
    'ascii',
    nativeFunction('ascii', (args, kwargs) => {
      noKwargs('ascii', kwargs);
      expectArgs('ascii', args, 1);
      return asciiRepr(args[0]!);
    }),
  );
  ns.set(
    'format',
    nativeFunction('format', (args, kwargs) => {
      const [value, spec] = bindArgs('format', args, kwargs, ['value', 'format_spec'], 1);
      if (spec !== undefined && typeof spec !== 'string') {
        throw pyError(TypeError, `format() argument 2 must be str, not ${typeOf(spec).name}`);
      }
      return formatValue(value!, spec ?? '');
    }),
  );
  ns.set(
    'input',
    nativeFunction('input', (args) => {
      expectArgs('input', args, 0, 1);
      if (args.length === 1) context.stdout(str(args[0]!));
      throw pyError(EOFError, 'EOF when reading a line');
    }),
  );
  // The sandbox has no files: every open() fails the way opening a missing file does.
  ns.set(
    'open',
    nativeFunction('open', (args) => {
      const name = args.length > 0 ? repr(args[0]!) : "''";
      throw pyError(FileNotFoundError, `[Errno 2] No such file or directory: ${name}`);
    }),
  );
  ns.set('exit', exit('exit'));
  ns.set('quit', exit('quit'));
  return ns;
}
