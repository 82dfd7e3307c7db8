import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type Codec, crc32, webCodec, ZipEntryWriter } from '../src/index.ts';

/** A codec whose "deflate" keeps the bytes as they are: what the entry writer produced. */
function capture(): { codec: Codec; bytes: () => Uint8Array } {
  const pieces: Uint8Array[] = [];
  const codec: Codec = {
    ...webCodec,
    deflater: () => ({
      push: (d) => pieces.push(d),
      finish: async () => pieces,
    }),
  };
  return {
    codec,
    bytes: () => {
      const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of pieces) {
        out.set(p, at);
        at += p.length;
      }
      return out;
    },
  };
}

async function written(parts: readonly ({ text: string } | { ascii: string } | { uint: number })[]) {
  const c = capture();
  const e = new ZipEntryWriter('x.xml', c.codec, 1);
  for (const p of parts) {
    if ('text' in p) e.write(p.text);
    else if ('ascii' in p) e.ascii(p.ascii);
    else e.uint(p.uint);
  }
  const d = await e.done();
  return { bytes: c.bytes(), ...d };
}

describe('an entry written straight into bytes', () => {
  test('any text is the UTF-8 TextEncoder gives (lone surrogates as U+FFFD, pairs as 4 bytes)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary' }), { maxLength: 20 }), async (texts) => {
        const { bytes, size, crc } = await written(texts.map((text) => ({ text })));
        const expected = new TextEncoder().encode(texts.join(''));
        expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
        expect(size).toBe(expected.length);
        expect(crc).toBe(crc32(expected));
      }),
    );
  });

  test('numbers and markup, and a text longer than a piece, across several pieces', async () => {
    const long = '王建国'.repeat(400_000); // 1.2 M characters, 3.6 MB as UTF-8: more than one piece
    const parts = [
      { ascii: '<row r="' },
      { uint: 0 },
      { uint: 9 },
      { uint: 10 },
      { uint: 1_048_576 },
      { ascii: '">' },
    ];
    const { bytes, size } = await written([...parts, { text: long }, { text: '😀' }, ...parts]);
    const head = '<row r="09101048576">';
    const expected = new TextEncoder().encode(`${head}${long}😀${head}`);
    expect(size).toBe(expected.length);
    expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
  });

  test('nothing more is written once the entry is ended', async () => {
    const e = new ZipEntryWriter('x.xml', capture().codec, 1);
    e.write('a');
    e.end();
    expect(() => e.write('b')).toThrow('x.xml is closed');
    expect(() => e.ascii('b')).toThrow('x.xml is closed');
  });
});
