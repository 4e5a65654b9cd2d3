// The `string` module: character-class constants and capwords.

import { typeOf } from '../objects/builtin-types.ts';
import { TypeError, pyError } from '../objects/exceptions.ts';
import { callValue, rt } from '../objects/runtime.ts';
import { toArray } from '../objects/iteration.ts';
import type { PyModule, PyValue } from '../objects/values.ts';
import { functions, makeModule } from './module.ts';

const lower = 'abcdefghijklmnopqrstuvwxyz';
const upper = lower.toUpperCase();
const digits = '0123456789';
const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const whitespace = ' \t\n\r\x0b\x0c';

function method(v: PyValue, name: string, args: PyValue[] = []): PyValue {
  return callValue(rt().getAttr(v, name), args);
}

export function stringModule(): PyModule {
  return makeModule('string', {
    ascii_lowercase: lower,
    ascii_uppercase: upper,
    ascii_letters: lower + upper,
    digits,
    hexdigits: digits + 'abcdef' + 'ABCDEF',
    octdigits: '01234567',
    punctuation,
    whitespace,
    printable: digits + lower + upper + punctuation + whitespace,
    ...functions({
      capwords: (args) => {
        const s = args[0]!;
        const sep = args[1] ?? null;
        if (typeof s !== 'string') {
          throw pyError(
            TypeError,
            `descriptor 'split' for 'str' objects doesn't apply to a '${typeOf(s).name}' object`,
          );
        }
        const words = toArray(method(s, 'split', [sep])).map((w) => method(w, 'capitalize') as string);
        return words.join(sep === null ? ' ' : (sep as string));
      },
    }),
  });
}
