// Drawing new values: either a variation of a seed value (same type and shape, varied size and contents)
// or a fresh value of a hinted type. All randomness comes from the Prng passed in, so a seed reproduces
// every draw.

import type { Prng } from './prng.ts';
import type { TypeSpec } from './signature.ts';
import { identityKey, type GenValue } from './values.ts';

const DEFAULT_ALPHABET = [...'abcdefghij'];
/** Longest container a draw grows to (beyond the seed's own length). */
const MAX_GROWTH = 4;
const MAX_DRAWN_LENGTH = 12;

/** A value like `seed`: same kind; ints near its magnitude, strings from its alphabet, containers resized. */
export function varyValue(seed: GenValue, rng: Prng): GenValue {
  switch (seed.kind) {
    case 'int':
      return { kind: 'int', value: varyInt(seed.value, rng) };
    case 'float':
      return { kind: 'float', value: varyFloat(seed.value, rng) };
    case 'str':
      return { kind: 'str', value: varyString(seed.value, rng) };
    case 'bool':
      return { kind: 'bool', value: rng.chance(0.5) };
    case 'tuple':
      // Tuples are usually records of a fixed shape (a pair, a point): keep the length.
      return { kind: 'tuple', items: seed.items.map((item) => varyValue(item, rng)) };
    case 'list':
      return { kind: 'list', items: varyItems(seed.items, rng, false) };
    case 'set':
      return { kind: 'set', items: varyItems(seed.items, rng, true) };
    case 'dict':
      return { kind: 'dict', entries: varyEntries(seed.entries, rng) };
    case 'none':
    case 'opaque':
      return seed;
  }
}

function varyInt(n: bigint, rng: Prng): bigint {
  if (rng.chance(0.1)) return n;
  const magnitude = n < 0n ? -n : n;
  if (magnitude > 1_000_000_000_000n) return n + BigInt(rng.int(-1000, 1000));
  const scale = Math.max(5, Number(magnitude) * 2);
  const drawn = BigInt(rng.int(0, scale));
  const negative = n < 0n ? rng.chance(0.8) : rng.chance(0.05);
  return negative ? -drawn : drawn;
}

function varyFloat(x: number, rng: Prng): number {
  if (!Number.isFinite(x)) return x;
  const decimals = Math.min(3, Math.max(1, (String(x).split('.')[1] ?? '').length));
  const magnitude = Math.max(1, Math.abs(x)) * (0.25 + rng.next() * 1.75);
  const sign = x < 0 ? (rng.chance(0.8) ? -1 : 1) : rng.chance(0.05) ? -1 : 1;
  return sign * Number(magnitude.toFixed(decimals));
}

function varyString(s: string, rng: Prng): string {
  const chars = [...s];
  const alphabet = chars.length === 0 ? DEFAULT_ALPHABET : [...new Set(chars)];
  const mode = rng.next();
  if (mode < 0.1) return s;
  if (mode < 0.4 && chars.length > 0) {
    // A few point edits keep the seed's structure (separators, words) recognisable.
    const edits = rng.int(1, 2);
    for (let i = 0; i < edits; i++) {
      const at = rng.int(0, chars.length);
      const op = rng.int(0, 2);
      if (op === 0 || chars.length === 0) chars.splice(at, 0, rng.pick(alphabet));
      else if (op === 1) chars.splice(Math.min(at, chars.length - 1), 1);
      else chars[Math.min(at, chars.length - 1)] = rng.pick(alphabet);
    }
    return chars.join('');
  }
  // Short seeds (a separator, a single letter) mostly stay short.
  const length =
    chars.length <= 1
      ? rng.chance(0.7)
        ? chars.length
        : rng.int(0, 3)
      : rng.int(Math.max(0, Math.floor(chars.length / 2)), Math.ceil(chars.length * 1.5) + 1);
  let out = '';
  for (let i = 0; i < length; i++) out += rng.pick(alphabet);
  return out;
}

function drawnLength(seedLength: number, rng: Prng): number {
  if (seedLength === 0) return 0;
  const hi = Math.min(Math.max(seedLength, MAX_DRAWN_LENGTH), seedLength + MAX_GROWTH);
  return rng.int(Math.max(0, seedLength - 2), hi);
}

function varyItems(items: GenValue[], rng: Prng, unique: boolean): GenValue[] {
  // A list mixing kinds (`[1, 'a']`) is usually a record: its positions mean something, so keep them.
  if (!unique && new Set(items.filter((i) => i.kind !== 'none').map((i) => i.kind)).size > 1) {
    return items.map((item) => varyValue(item, rng));
  }
  const length = drawnLength(items.length, rng);
  // Sometimes keep the seed's layout item by item (sorted runs, an item's role by position).
  const positional = rng.chance(0.25);
  const out: GenValue[] = [];
  const seen = new Set<string>();
  for (let i = 0, attempts = 0; out.length < length && attempts < length * 4; attempts++, i++) {
    const source = positional && i < items.length ? items[i]! : rng.pick(items);
    const value = varyValue(source, rng);
    if (unique) {
      const key = identityKey(value);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(value);
  }
  return out;
}

function varyEntries(entries: [GenValue, GenValue][], rng: Prng): [GenValue, GenValue][] {
  const length = drawnLength(entries.length, rng);
  const out: [GenValue, GenValue][] = [];
  const seen = new Set<string>();
  for (let attempts = 0; out.length < length && attempts < length * 4; attempts++) {
    const [key, value] = rng.pick(entries);
    const drawnKey = varyValue(key, rng);
    const id = identityKey(drawnKey);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push([drawnKey, varyValue(value, rng)]);
  }
  return out;
}

/** A fresh value of a hinted type. */
export function drawFromType(spec: TypeSpec, rng: Prng, depth = 0): GenValue {
  const size = (max: number) => rng.int(0, depth > 1 ? 2 : max);
  switch (spec.kind) {
    case 'int':
      return { kind: 'int', value: BigInt(rng.chance(0.85) ? rng.int(0, 20) : rng.int(-10, -1)) };
    case 'float':
      return { kind: 'float', value: rng.int(-100, 100) / 10 };
    case 'str': {
      let s = '';
      for (let i = size(8); i > 0; i--) s += rng.pick(DEFAULT_ALPHABET.slice(0, 6));
      return { kind: 'str', value: s };
    }
    case 'bool':
      return { kind: 'bool', value: rng.chance(0.5) };
    case 'none':
      return { kind: 'none' };
    case 'list':
      return {
        kind: 'list',
        items: Array.from({ length: size(6) }, () => drawFromType(spec.item, rng, depth + 1)),
      };
    case 'set': {
      const items = Array.from({ length: size(5) }, () => drawFromType(spec.item, rng, depth + 1));
      const seen = new Set<string>();
      return {
        kind: 'set',
        items: items.filter((v) => !seen.has(identityKey(v)) && !!seen.add(identityKey(v))),
      };
    }
    case 'tuple': {
      const items = spec.variadic
        ? Array.from({ length: size(4) }, () => drawFromType(spec.items[0]!, rng, depth + 1))
        : spec.items.map((item) => drawFromType(item, rng, depth + 1));
      return { kind: 'tuple', items };
    }
    case 'dict': {
      const entries: [GenValue, GenValue][] = [];
      const seen = new Set<string>();
      for (let i = size(4); i > 0; i--) {
        const key = drawFromType(spec.key, rng, depth + 1);
        if (seen.has(identityKey(key))) continue;
        seen.add(identityKey(key));
        entries.push([key, drawFromType(spec.value, rng, depth + 1)]);
      }
      return { kind: 'dict', entries };
    }
    case 'union': {
      const hasNone = spec.options.some((o) => o.kind === 'none');
      const others = spec.options.filter((o) => o.kind !== 'none');
      if (others.length === 0 || (hasNone && rng.chance(0.2))) return { kind: 'none' };
      return drawFromType(rng.pick(others), rng, depth);
    }
  }
}
