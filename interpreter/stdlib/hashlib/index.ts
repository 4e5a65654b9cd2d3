// hashlib: md5, sha1, sha224, sha256, sha384 and sha512 objects (CPython's `_hashlib.HASH`), and new().
// A hash object keeps the bytes fed to it and digests them on demand; benchmark programs hash short texts,
// and copy() is then a copy of the chunk list.

import { defineMethods, nativeFunction } from '../../builtins/define.ts';
import { PyByteArray } from '../../builtins/bytearray.ts';
import { TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import {
  PyBytes,
  PyObject,
  PyProperty,
  type Kwargs,
  type PyModule,
  type PyValue,
} from '../../objects/values.ts';
import type { PyType } from '../../objects/type.ts';
import { makeClass, makeModule } from '../module.ts';
import { md5 } from './md5.ts';
import { sha1 } from './sha1.ts';
import { sha224, sha256 } from './sha256.ts';
import { sha384, sha512 } from './sha512.ts';

interface Algorithm {
  digest: (msg: Uint8Array) => Uint8Array;
  digestSize: number;
  blockSize: number;
}

const algorithms: Record<string, Algorithm> = {
  md5: { digest: md5, digestSize: 16, blockSize: 64 },
  sha1: { digest: sha1, digestSize: 20, blockSize: 64 },
  sha224: { digest: sha224, digestSize: 28, blockSize: 64 },
  sha256: { digest: sha256, digestSize: 32, blockSize: 64 },
  sha384: { digest: sha384, digestSize: 48, blockSize: 128 },
  sha512: { digest: sha512, digestSize: 64, blockSize: 128 },
};

const hashType: PyType = makeClass('HASH', '_hashlib');

class PyHash extends PyObject {
  constructor(
    readonly name: string,
    readonly algorithm: Algorithm,
    readonly chunks: Uint8Array[] = [],
  ) {
    super();
  }
  pyType(): PyType {
    return hashType;
  }
  message(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0]!;
    const total = this.chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    // Later digests reuse the joined message.
    this.chunks.splice(0, this.chunks.length, out);
    return out;
  }
}

/** The bytes of a hashing argument (bytes-like objects only, with CPython's TypeErrors). */
function bufferBytes(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return Uint8Array.from(v.data);
  if (typeof v === 'string') throw pyError(TypeError, 'Strings must be encoded before hashing');
  throw pyError(TypeError, 'object supporting the buffer API required');
}

function self(args: PyValue[]): PyHash {
  return args[0] as PyHash;
}

function noArgs(method: string, args: PyValue[]): void {
  if (args.length > 1) {
    throw pyError(TypeError, `HASH.${method}() takes no arguments (${args.length - 1} given)`);
  }
}

defineMethods(hashType, {
  update: (args) => {
    if (args.length !== 2) {
      throw pyError(TypeError, `HASH.update() takes exactly one argument (${args.length - 1} given)`);
    }
    // Copied: a bytearray fed now may change later without changing the hash.
    self(args).chunks.push(bufferBytes(args[1]!).slice());
    return null;
  },
  digest: (args) => {
    noArgs('digest', args);
    const h = self(args);
    return new PyBytes(h.algorithm.digest(h.message()));
  },
  hexdigest: (args) => {
    noArgs('hexdigest', args);
    const h = self(args);
    let out = '';
    for (const b of h.algorithm.digest(h.message())) out += b.toString(16).padStart(2, '0');
    return out;
  },
  copy: (args) => {
    noArgs('copy', args);
    const h = self(args);
    return new PyHash(h.name, h.algorithm, h.chunks.slice());
  },
});
const properties: Record<string, (h: PyHash) => PyValue> = {
  name: (h) => h.name,
  digest_size: (h) => BigInt(h.algorithm.digestSize),
  block_size: (h) => BigInt(h.algorithm.blockSize),
};
for (const [name, get] of Object.entries(properties)) {
  hashType.dict.set(name, new PyProperty(nativeFunction(name, (a) => get(a[0] as PyHash))));
}

function newHash(name: string, data: PyValue | undefined): PyHash {
  const h = new PyHash(name, algorithms[name]!);
  if (data !== undefined) h.chunks.push(bufferBytes(data).slice());
  return h;
}

/** hashlib.md5(string=b'', *, usedforsecurity=True) and its siblings (CPython names them openssl_<name>). */
function constructor(name: string) {
  const fname = `openssl_${name}`;
  return nativeFunction(name, (args: PyValue[], kwargs: Kwargs | null) => {
    if (args.length > 1) {
      throw pyError(TypeError, `${fname}() takes at most 1 positional argument (${args.length} given)`);
    }
    let data = args[0];
    for (const [k, v] of kwargs ?? []) {
      if (k === 'string' && data === undefined) data = v;
      else if (k !== 'usedforsecurity') {
        throw pyError(TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
      }
    }
    return newHash(name, data);
  });
}

/** hashlib.new(name, data=b'', **kwargs). */
function hashNew(args: PyValue[], kwargs: Kwargs | null): PyValue {
  const name = args[0] ?? kwargs?.get('name');
  if (name === undefined) {
    throw pyError(TypeError, "__hash_new() missing 1 required positional argument: 'name'");
  }
  if (typeof name !== 'string') throw pyError(TypeError, 'name must be a string');
  const key = name.toLowerCase();
  if (!Object.hasOwn(algorithms, key)) throw pyError(ValueError, `unsupported hash type ${name}`);
  return newHash(key, args[1] ?? kwargs?.get('data') ?? kwargs?.get('string'));
}

export function hashlibModule(): PyModule {
  const entries: Record<string, PyValue> = { new: nativeFunction('new', hashNew) };
  for (const name of Object.keys(algorithms)) entries[name] = constructor(name);
  return makeModule('hashlib', entries);
}
