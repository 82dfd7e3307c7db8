import ExcelJS from 'exceljs';
import { afterEach, describe, expect, test } from 'vitest';
import {
  bytesSource,
  crc32,
  remoteCodec,
  serveDeflate,
  webCodec,
  XlsxReader,
  XlsxWriter,
} from '../src/index.ts';

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

/** A codec whose entries are compressed on the other end of a MessageChannel, as the browser's. */
function remote() {
  const c = new MessageChannel();
  channels.push(c);
  serveDeflate(c.port2);
  return remoteCodec(c.port1);
}

const concat = (parts: readonly Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** A workbook of `rows` rows, with text past 1 MB a sheet so that entries go over in several pieces. */
async function workbook(codec: typeof webCodec, rows: number): Promise<Uint8Array> {
  const w = new XlsxWriter({ sharedStrings: true, codec });
  const a = w.addSheet('明细', { inline: [1] });
  const b = w.addSheet('公示名单');
  for (let i = 1; i <= rows; i++) {
    a.addRow([
      `堰口镇${i % 7}村`,
      `第${i}行 reason ${'说明'.repeat(i % 13)}`,
      { d: `${i}.50`, fmt: 'money' },
    ]);
    if (i % 3 === 0) b.addRow([`王${i}`, i]);
  }
  return concat(await w.bytes());
}

describe('the result workbook compressed on another thread', () => {
  test('gives the same bytes as compressing here, for a workbook of several 1 MB pieces', async () => {
    const here = await workbook(webCodec, 40_000);
    const there = await workbook(remote(), 40_000);
    expect(here.length).toBeGreaterThan(100_000);
    expect(there.length).toBe(here.length);
    expect(Buffer.from(there).equals(Buffer.from(here))).toBe(true);
  }, 30_000);

  test('is a workbook Excel reads: the rows, the numbers and the CRCs check out', async () => {
    const bytes = await workbook(remote(), 2_000);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = wb.getWorksheet('明细');
    expect(sheet?.rowCount).toBe(2_000);
    expect(sheet?.getRow(2000).getCell(1).value).toBe('堰口镇5村');
    expect(sheet?.getRow(2000).getCell(3).value).toBe(2000.5);
    expect(wb.getWorksheet('公示名单')?.rowCount).toBe(666);
    // our own reader checks each entry's CRC-32 and size against its header
    const r = await XlsxReader.open(bytesSource(bytes));
    let n = 0;
    for await (const _ of r.rows(r.sheets[0] as (typeof r.sheets)[number])) n++;
    expect(n).toBe(2_000);
  });

  test('an entry that cannot be compressed fails its finish, with the reason', async () => {
    const c = new MessageChannel();
    channels.push(c);
    // the other side answers every entry with an error
    c.port2.onmessage = (e: MessageEvent<{ op: string; id: number }>) => {
      if (e.data.op === 'finish')
        c.port2.postMessage({ op: 'error', id: e.data.id, message: 'out of memory' }, []);
    };
    const d = remoteCodec(c.port1).handOff?.(1);
    d?.push(new TextEncoder().encode('<x/>'));
    await expect(d?.finish()).rejects.toThrow('out of memory');
  });

  test('the CRC and size the other side reports are those of all the bytes handed over', async () => {
    const d = remote().handOff?.(1);
    const utf8 = new TextEncoder().encode('王建国 ¥1,678.18 <c r="A1"/>');
    // a view into a larger buffer is copied, a whole buffer moved: the bytes arrive either way
    d?.push(utf8.subarray(0, 5));
    const rest = utf8.slice(5);
    d?.push(rest);
    expect(rest.byteLength).toBe(0);
    const f = await d?.finish();
    expect(f?.size).toBe(utf8.length);
    expect(f?.crc).toBe(crc32(utf8));
  });
});
