import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CsvError, csvField, decodeCsv, parseCsv } from '../src/index.ts';

describe('parseCsv', () => {
  test.for([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['\uFEFFa,b', [['a', 'b']]],
    ['"a,1","b ""q""",c', [['a,1', 'b "q"', 'c']]],
    [
      '"two\nlines",x\ny,z',
      [
        ['two\nlines', 'x'],
        ['y', 'z'],
      ],
    ],
    [
      'a,,\n,,',
      [
        ['a', '', ''],
        ['', '', ''],
      ],
    ],
    ['', []],
    ['a\rb', [['a'], ['b']]],
  ] as const)('%j', ([text, records]) => {
    expect(parseCsv(text)).toEqual(records);
  });

  test('a quote left open is an error naming the line it opened on', () => {
    expect(() => parseCsv('h1,h2\nx,"open\nstill open\n')).toThrow(CsvError);
    try {
      parseCsv('h1,h2\nok,ok\nx,"open\n');
    } catch (e) {
      expect((e as CsvError).line).toBe(3);
    }
  });

  test('property: fields written with csvField read back as written', () => {
    // a record of one empty field is a blank line, which at the end of a file reads as nothing
    const record = fc
      .array(fc.string(), { minLength: 1, maxLength: 5 })
      .filter((r) => r.length > 1 || r[0] !== '');
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => r.map(csvField).join(',')).join('\r\n');
        expect(parseCsv(text)).toEqual(rows);
      }),
    );
  });
});

describe('decodeCsv', () => {
  test('UTF-8 with or without BOM; GB18030 as Chinese Excel saves CSV', () => {
    expect(decodeCsv(new TextEncoder().encode('户编号')).text).toBe('户编号');
    // 户编号 in GB18030
    const gb = Buffer.from('bba7b1e0bac5', 'hex');
    expect(decodeCsv(gb)).toEqual({ text: '户编号', encoding: 'gb18030' });
  });
});
