import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** A JSON value as rows are made of. */
export type Json =
  | string
  | number
  | boolean
  | null
  | readonly Json[]
  | { readonly [key: string]: Json | undefined };

/**
 * The canonical JSON of a value: object keys in code-point order, no whitespace, `undefined`
 * members left out, arrays in their order. The same rows give the same text on every platform,
 * so their hash can be checked in the browser and in Node alike. This is a pure function.
 */
export function canonicalJson(value: Json | undefined): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a JSON number: ${value}`);
    return JSON.stringify(value);
  }
  if (isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
}

function isArray(value: Json): value is readonly Json[] {
  return Array.isArray(value);
}

/**
 * SHA-256 of the UTF-8 text, as 64 lowercase hex digits. `@noble/hashes` is pure TypeScript
 * without Node built-ins or WebCrypto (which is asynchronous), so it runs the same in the browser,
 * in Node and in a worker. This is a pure function.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
