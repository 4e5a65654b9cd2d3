// The `json` module: dumps/loads (and dump/load refusing files, as the sandbox has none).

import { typeOf } from '../../objects/builtin-types.ts';
import { TypeError, pyError } from '../../objects/exceptions.ts';
import { toArray } from '../../objects/iteration.ts';
import { truthy } from '../../objects/truth.ts';
import { PyNaN, type Kwargs, type PyModule } from '../../objects/values.ts';
import { bindArgs } from '../../builtins/args.ts';
import { functions, makeModule } from '../module.ts';
import { decode, JSONDecodeError } from './decode.ts';
import { encode, type EncodeOptions } from './encode.ts';

function options(kwargs: Kwargs | null): EncodeOptions {
  const [skipkeys, ensureAscii, , allowNan, , indent, separators, dflt, sortKeys] = bindArgs(
    'dumps',
    [],
    kwargs,
    [
      'skipkeys',
      'ensure_ascii',
      'check_circular',
      'allow_nan',
      'cls',
      'indent',
      'separators',
      'default',
      'sort_keys',
    ],
    0,
  );
  let ind: string | null = null;
  if (indent !== undefined && indent !== null) {
    ind = typeof indent === 'string' ? indent : ' '.repeat(Math.max(0, Number(indent)));
  }
  let itemSep = ind === null ? ', ' : ',';
  let keySep = ': ';
  if (separators !== undefined && separators !== null) {
    const parts = toArray(separators);
    itemSep = String(parts[0]);
    keySep = String(parts[1]);
  }
  return {
    skipKeys: truthy(skipkeys ?? false),
    ensureAscii: truthy(ensureAscii ?? true),
    allowNan: truthy(allowNan ?? true),
    sortKeys: truthy(sortKeys ?? false),
    indent: ind,
    itemSep,
    keySep,
    dflt: dflt ?? null,
  };
}

export function jsonModule(): PyModule {
  const nan = new PyNaN();
  return makeModule('json', {
    JSONDecodeError,
    ...functions({
      dumps: (args, kwargs) => {
        if (args.length !== 1)
          throw pyError(TypeError, `dumps() takes 1 positional argument but ${args.length} were given`);
        return encode(args[0]!, options(kwargs), 0, new Set());
      },
      loads: (args, kwargs) => {
        const [s] = bindArgs('loads', args, kwargs, ['s'], 1);
        if (typeof s !== 'string') {
          throw pyError(TypeError, `the JSON object must be str, bytes or bytearray, not ${typeOf(s!).name}`);
        }
        return decode(s, nan);
      },
      dump: () => {
        throw pyError(TypeError, 'json.dump needs a file object; the sandbox has no files');
      },
      load: () => {
        throw pyError(TypeError, 'json.load needs a file object; the sandbox has no files');
      },
    }),
  });
}
