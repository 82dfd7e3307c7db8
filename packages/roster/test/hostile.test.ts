/**
 * Hostile and careless workbooks through the browser's path (the web codec over bytes in memory,
 * as the roster screen's worker runs it): bounds on every file, what Excel hides, numbers as people
 * type them, duplicates, privacy on the 公示名单. Raw zips where ExcelJS cannot write the attack.
 */
import { compilePack } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import {
  bytesSource,
  type DetailRow,
  headerText,
  type PublicityRow,
  ROSTER_LIMITS,
  RosterFileError,
  type RosterIssue,
  rosterLayout,
  type Summary,
  screenRoster,
  webCodec,
} from '../src/index.ts';
import { id18 } from './helpers.ts';
import { rawXlsx, sheetXml } from './raw-xlsx.ts';

const pack = compilePack(xixiang2023);
const layout = rosterLayout(xixiang2023);
const H = layout.households;
const A = layout.activities;
const WANG = id18('61072419800101123');
const LI = id18('61072419850202234');

type Values = Record<string, string | number | null>;
const row = (def: typeof H, v: Values) => def.columns.map((c) => v[c.key] ?? null);
const header = (def: typeof H) => def.columns.map(headerText);
const col = (def: typeof H, key: string) => def.columns.findIndex((c) => c.key === key) + 1;

/** Screens bytes as the web app does; everything the sink gets is kept. */
async function screen(bytes: Uint8Array, name = '名册.xlsx') {
  const details: DetailRow[] = [];
  const publicity: PublicityRow[] = [];
  const issues: RosterIssue[] = [];
  let summary: Summary | null = null;
  const r = await screenRoster(
    [{ name, source: bytesSource(bytes) }],
    () => ({
      detail: (d) => details.push(d),
      publicity: (p) => publicity.push(p),
      issue: (i) => issues.push(i),
      drain: async () => {},
      finish: async (s) => {
        summary = s;
      },
    }),
    { pack, asOf: '2023-12-31', codec: webCodec },
  );
  return { ...r, details, publicity, issues, summary: summary as unknown as Summary };
}

async function refused(bytes: Uint8Array, name = '名册.xlsx'): Promise<RosterFileError> {
  try {
    await screen(bytes, name);
  } catch (e) {
    if (e instanceof RosterFileError) return e;
    throw e;
  }
  throw new Error('expected the file to be refused');
}

async function excel(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const head = (v: Values = {}) =>
  row(H, { rowType: '户主', householdId: 'H1', name: '王建国', idNumber: WANG, category: '脱贫户', ...v });

describe('1. bounds: past one, a bilingual refusal in bounded time and memory', () => {
  test('a ZIP bomb: 3 sheets of 360 MB each (1.08 GB from ~1 MB) stop at the 1 GiB total', async () => {
    const big = function* () {
      yield '<worksheet><sheetData>';
      const blank = '<row/>'.repeat(1 << 18).slice(0, 1 << 20);
      for (let i = 0; i < 360; i++) yield blank;
      yield '</sheetData></worksheet>';
    };
    const sheets = [1, 2, 3].map((i) => ({ name: `Sheet${i}`, xml: big() }));
    const bytes = await rawXlsx(sheets);
    expect(bytes.length).toBeLessThan(3 << 20);
    const started = performance.now();
    const e = await refused(bytes, 'bomb.xlsx');
    expect(e.text.zh).toContain('bomb.xlsx 解压后超过 1024 MB');
    expect(e.text.en).toContain('bomb.xlsx inflates to more than 1024 MB');
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);

  test.for([
    ['XFE1', 'XFE'],
    [`${'A'.repeat(5000)}1`, 'AAAAAAAAAAAA'],
    ['ZZZZZZZZ99999999999999999', 'ZZZZZZZZ'],
  ])('a cell reference past XFD (%#) is refused at once, not looped over', async ([ref, shown]) => {
    const xml = sheetXml([header(H)]).replace(
      '</sheetData>',
      `<row r="2"><c r="${ref}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`,
    );
    const started = performance.now();
    const e = await refused(await rawXlsx([{ name: '农户及成员', xml }]));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(e.text.zh).toContain('最后一列 XFD');
    expect(e.text.en).toContain(`past the last column XFD (16,384)`);
    expect(e.text.en).toContain(shown);
  });

  test('a row of more than 16,384 cells without references is refused', async () => {
    const cells = '<c t="inlineStr"><is><t>x</t></is></c>'.repeat(ROSTER_LIMITS.columns + 1);
    const xml = sheetXml([header(H)]).replace('</sheetData>', `<row r="2">${cells}</row></sheetData>`);
    const e = await refused(await rawXlsx([{ name: '农户及成员', xml }]));
    expect(e.text.en).toContain('a row of more than 16,384 cells');
  });

  test('a row number past 1,048,576, and a cell of more than 32,767 characters', async () => {
    const far = sheetXml([header(H), head()]).replace('<row r="2">', '<row r="1048577">');
    expect((await refused(await rawXlsx([{ name: '农户及成员', xml: far }]))).text.en).toContain(
      'more than 1,048,576 rows',
    );
    const long = sheetXml([header(H), head({ name: 'x'.repeat(40_000) })]);
    const e = await refused(await rawXlsx([{ name: '农户及成员', xml: long }]));
    expect(e.text.zh).toContain('超过 32,767 个字符');
    expect(e.text.en).toContain("more than 32,767 characters (Excel's limit)");
  });

  test('2,000,001 shared strings are refused (the table is not kept growing)', async () => {
    const items = function* () {
      yield '<sst>';
      for (let i = 0; i < 21; i++) yield '<si><t>a</t></si>'.repeat(100_000);
      yield '</sst>';
    };
    const e = await refused(await rawXlsx([{ name: '农户及成员', xml: sheetXml([header(H)]) }], items()));
    expect(e.text.en).toContain('more than 2,000,000 shared strings');
  }, 30_000);
});

describe('2. what Excel hides is not paid silently', () => {
  test('a very hidden sheet of households is not screened: reported as rejected rows', async () => {
    const visible = sheetXml([header(H), head()]);
    const hidden = sheetXml([header(H), head({ householdId: 'H9', name: '隐藏户', idNumber: LI })]);
    const r = await screen(
      await rawXlsx([
        { name: '农户及成员', xml: visible },
        { name: '农户及成员2', state: 'veryHidden', xml: hidden },
      ]),
    );
    expect(r.summary.total.subjects).toBe(1);
    expect(r.details.some((d) => d.subjectId === 'H9')).toBe(false);
    // the sheet's note says why and what to do; its one row is the one left out (rejected)
    const i = r.issues.find((x) => x.kind === 'hidden-sheet');
    expect(i?.rejected).toBe(false);
    expect(i?.message.zh).toContain('深度隐藏');
    expect(i?.message.en).toContain('its 1 roster rows were not screened');
    const left = r.issues.filter((x) => x.sheet === '农户及成员2' && x.rejected);
    expect(left.map((x) => [x.kind, x.row, x.subjectId])).toEqual([['not-screened', 2, 'H9']]);
    expect(r.summary.rejectedRows).toBe(1);
    expect(r.rejected).toBe(true);
  });

  test('a hidden sheet of lists (the template’s 选项) is passed over quietly', async () => {
    const r = await screen(
      await excel((wb) => {
        wb.addWorksheet('农户及成员').addRows([header(H), head()]);
        wb.addWorksheet('选项', { state: 'hidden' }).addRows([['是'], ['否']]);
      }),
    );
    expect(r.issues.filter((i) => i.kind === 'hidden-sheet')).toEqual([]);
  });

  test('the roster on a hidden sheet only: refused with the reason, not "no roster sheet"', async () => {
    const e = await refused(
      await excel((wb) => {
        wb.addWorksheet('Sheet1').addRow(['说明']);
        wb.addWorksheet('农户及成员', { state: 'hidden' }).addRows([header(H), head()]);
      }),
    );
    expect(e.text.zh).toContain('隐藏');
  });

  test('a formula without its value in the name column: the row is refused, never a blank name paid', async () => {
    const xml = sheetXml([header(H)]).replace(
      '</sheetData>',
      `<row r="2">${row(H, { rowType: '户主', householdId: 'H1', idNumber: WANG, category: '脱贫户' })
        .map((v, i) =>
          v === null ? '' : `<c r="${String.fromCharCode(65 + i)}2" t="inlineStr"><is><t>${v}</t></is></c>`,
        )
        .join(
          '',
        )}<c r="${String.fromCharCode(64 + col(H, 'name'))}2" t="str"><f>B7&amp;C7</f></c></row></sheetData>`,
    );
    const withTrip = xml.replace(
      '</sheetData>',
      `<row r="3"><c r="A3" t="inlineStr"><is><t>成员</t></is></c><c r="D3" t="inlineStr"><is><t>H1</t></is></c></row></sheetData>`,
    );
    const r = await screen(await rawXlsx([{ name: '农户及成员', xml: withTrip }]));
    const i = r.issues.find((x) => x.row === 2 && x.key === 'name');
    expect(i?.message.zh).toContain('没有它的计算结果');
    expect(i?.message.en).toContain('saved without its value');
    expect(r.publicity).toEqual([]);
    expect(r.summary.total.amount).toBe('0.00');
  });

  test('merged 村 cells are filled down; a merged 户编号 is flagged', async () => {
    const bytes = await excel((wb) => {
      const ws = wb.addWorksheet('农户及成员');
      ws.addRows([
        header(H),
        head({ township: '城关镇', village: '东村' }),
        head({ householdId: 'H2', name: '李四', idNumber: LI }),
        row(H, { rowType: '成员', name: '王小', householdId: 'H2' }),
      ]);
      ws.mergeCells(2, col(H, 'village'), 3, col(H, 'village'));
      ws.mergeCells(3, col(H, 'householdId'), 4, col(H, 'householdId'));
    });
    const r = await screen(bytes);
    const h2 = r.details.find((d) => d.subjectId === 'H2');
    expect(h2?.village).toBe('东村');
    const merged = r.issues.filter((i) => i.kind === 'merged-cells').map((i) => i.message.en);
    expect(merged.some((m) => m.includes('village of rows 3–3 filled with "东村"'))).toBe(true);
    expect(merged.some((m) => m.includes('only the first cell holds a value'))).toBe(true);
  });

  test('a misspelt header is reported with the nearest known one; a repeated header row is skipped', async () => {
    const ah = header(A);
    const head2 = ah.map((h, i) => (i === col(A, 'head') - 1 ? '养殖数 量（头/只）x' : h));
    const r = await screen(
      await excel((wb) => {
        wb.addWorksheet('农户及成员').addRows([
          header(H),
          head(),
          header(H),
          head({ householdId: 'H2', idNumber: LI }),
        ]);
        wb.addWorksheet('产业').addRows([
          head2.map((h) => (h === headerText(A.columns[col(A, 'head') - 1] as never) ? h : h)),
          row(A, { subjectId: 'H1', type: '养猪', head: 4 }),
        ]);
      }),
    );
    const headers = r.issues.filter((i) => i.kind === 'header');
    expect(headers.some((i) => i.message.en.includes('row 3 is the header again'))).toBe(true);
    const unknown = headers.find((i) => i.header === '养殖数 量（头/只）x');
    expect(unknown?.message.zh).toContain('是否为「养殖数量（头/只）」');
    expect(unknown?.message.en).toContain('did you mean');
  });

  test('data above the header row is reported, not silently skipped', async () => {
    const r = await screen(
      await excel((wb) => {
        wb.addWorksheet('农户及成员').addRows([['H0', '张三', '脱贫户'], ['名册'], header(H), head()]);
      }),
    );
    const i = r.issues.find((x) => x.kind === 'header');
    expect(i?.message.en).toContain('rows 1 above it hold data');
  });
});

describe('3. numbers as people type them', () => {
  const withPigs = (head: string | number) =>
    excel((wb) => {
      wb.addWorksheet('农户及成员').addRows([header(H), head_()]);
      wb.addWorksheet('产业').addRows([
        header(A),
        row(A, { subjectId: 'H1', type: '养猪', head, income: 3000 }),
      ]);
    });
  const head_ = () => head();

  test('"1,5" head is refused on its cell; "1,500" and full-width digits are read', async () => {
    const r = await screen(await withPigs('1,5'));
    const i = r.issues.find((x) => x.key === 'head');
    expect(i?.rejected).toBe(true);
    expect(i?.message.zh).toContain('逗号只能用作千位分隔');
    expect(
      (await screen(await withPigs('１２'))).details.find((d) => d.standardId.includes('pig'))?.quantity,
    ).toBe('12');
  });

  test('3,000 pigs: screened, and flagged for review in 异常 (a warning, the row is not refused)', async () => {
    const r = await screen(await withPigs('3,000'));
    const i = r.issues.find((x) => x.kind === 'review');
    expect(i?.rejected).toBe(false);
    expect(i?.key).toBe('head');
    expect(i?.message.zh).toContain('超过常见上限 200');
    expect(r.details.some((d) => d.status === '符合')).toBe(true);
  });

  test('a work trip that ends before it starts is refused', async () => {
    const r = await screen(
      await excel((wb) => {
        wb.addWorksheet('农户及成员').addRows([
          header(H),
          head({ workFrom: '2023-06-01', workTo: '2023-03-01', workProvince: '广东省' }),
        ]);
      }),
    );
    expect(r.issues.find((i) => i.key === 'workTo')?.message.en).toContain('ends before it starts');
  });

  test('a loan of "1,5" 元 is refused, never read as 15', async () => {
    const r = await screen(
      await excel((wb) => {
        wb.addWorksheet('农户及成员').addRows([
          header(H),
          head({ loanAmount: '50,000', loanDate: '2023-03-15', loanTerm: 36, loanPurpose: '发展生产' }),
          row(H, {
            rowType: '贷款',
            householdId: 'H1',
            idNumber: WANG,
            loanAmount: '1,5',
            loanDate: '2023-03-15',
            loanTerm: 36,
            loanPurpose: '发展生产',
          }),
        ]);
      }),
    );
    expect(r.issues.find((i) => i.row === 3 && i.key === 'loanAmount')?.message.zh).toContain('千位分隔');
  });
});

describe('4. duplicates are never paid twice', () => {
  test('the same loan (person, amount, date) on two rows is counted once', async () => {
    const loan = { loanAmount: 50000, loanDate: '2023-03-15', loanTerm: 36, loanPurpose: '发展生产' };
    const r = await screen(
      await excel((wb) => {
        wb.addWorksheet('农户及成员').addRows([
          header(H),
          head(loan),
          row(H, { rowType: '贷款', householdId: 'H1', idNumber: WANG, ...loan }),
        ]);
      }),
    );
    const dup = r.issues.find((i) => i.kind === 'duplicate-loan');
    expect(dup?.row).toBe(3);
    expect(r.details.filter((d) => d.standardId === 'microcredit-interest')).toHaveLength(1);
  });
});

describe('5. privacy on the 公示名单', () => {
  test('a 身份证号 typed into the name column is masked there and flagged', async () => {
    const r = await screen(
      await excel((wb) => {
        wb.addWorksheet('农户及成员').addRows([
          header(H),
          head({ name: `王建国${LI}`, workFrom: '2023-03-01', workProvince: '广东省' }),
        ]);
      }),
    );
    expect(r.publicity.length).toBeGreaterThan(0);
    for (const p of r.publicity) {
      expect(JSON.stringify(p)).not.toContain(LI);
      expect(p.name).toBe(`王建国${LI.slice(0, 6)}********${LI.slice(14)}`);
      expect(p.bankAccount).toBe('');
    }
    expect(r.issues.find((i) => i.kind === 'privacy')?.message.en).toContain('shaped like an ID number');
  });
});
