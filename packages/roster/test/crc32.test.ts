import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { crc32 } from '../src/xlsx/codec.ts';

describe('CRC-32 sliced by 8', () => {
  test.for([
    ['', 0],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ] as const)('%j → %s', ([text, crc]) => {
    expect(crc32(new TextEncoder().encode(text))).toBe(crc);
  });

  test('equals zlib’s CRC for any bytes, in one piece or continued from any split', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (bytes, at) => {
        const cut = bytes.length ? at % bytes.length : 0;
        const whole = crc32(bytes);
        expect(whole).toBe(zlibCrc32(bytes) >>> 0);
        expect(crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))).toBe(whole);
      }),
    );
  });
});
