/**
 * More careless and hostile rosters, each worked out by hand: the rows bound over the whole roster
 * (several CSV files count together, as the sheets of a workbook do), CSV held to the bounds of an
 * .xlsx sheet, each household of a hidden sheet reported by row, and a header below a long title
 * block. Bounds too big to write a file for are tested with a lower one (`bounds`), the others at
 * Excel's own.
 */
import { compilePack } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import {
  bytesSource,
  type DetailRow,
  HEADER_SCAN_ROWS,
  HIDDEN_ROWS_LISTED,
  headerText,
  ROSTER_LIMITS,
  type RosterBounds,
  RosterFileError,
  type RosterIssue,
  readCsv,
  rosterLayout,
  type Summary,
  screenRoster,
  webCodec,
} from '../src/index.ts';
import { id18 } from './helpers.ts';
import { columnName, rawXlsx, sheetXml } from './raw-xlsx.ts';

const pack = compilePack(xixiang2023);
const layout = rosterLayout(xixiang2023);
const H = layout.households;
const A = layout.activities;
const C = layout.collectives;
const WANG = id18('61072419800101123');
const LI = id18('61072419850202234');
const ZHAO = id18('61072419900303345');

type Def = typeof H;
type Values = Record<string, string | number | null>;
const row = (def: Def, v: Values) => def.columns.map((c) => v[c.key] ?? null);
const header = (def: Def) => def.columns.map(headerText);
const col = (def: Def, key: string) => def.columns.findIndex((c) => c.key === key) + 1;

/** Three 脱贫户 households; H1 keeps 4 pigs (income 3,000), H2 has 3 亩 of tea, H3 nothing. */
const HOUSEHOLDS: Values[] = [
  { rowType: '户主', householdId: 'H1', name: '王建国', idNumber: WANG, category: '脱贫户' },
  { rowType: '户主', householdId: 'H2', name: '李四', idNumber: LI, category: '脱贫户' },
  { rowType: '户主', householdId: 'H3', name: '赵六', idNumber: ZHAO, category: '脱贫户' },
];
// poor-pig: 700 元/头 for 2 head or more and an income of 2,000 or more → 4 × 700 = 2,800.00;
// poor-tea: 600 元/亩 for 1 亩 or more → 3 × 600 = 1,800.00
const ACTIVITIES: Values[] = [
  { subjectId: 'H1', type: '养猪', head: 4, income: 3000 },
  { subjectId: 'H2', type: '茶园', areaMu: 3 },
];
const PIGS_OF_H3: Values = { subjectId: 'H3', type: '养猪', head: 2, income: 2000 };
/** A 户主 row whose 身份证号 has a wrong check digit: refused on its cell. */
const BAD_ID: Values = {
  rowType: '户主',
  householdId: 'H4',
  name: '钱七',
  idNumber: `${WANG.slice(0, 17)}${WANG.endsWith('0') ? '1' : '0'}`,
  category: '脱贫户',
};

interface File {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Screens files as the web app does (the web codec, bytes in memory); the sink's all kept. */
async function screen(files: readonly File[], bounds?: RosterBounds) {
  const details: DetailRow[] = [];
  const issues: RosterIssue[] = [];
  let summary: Summary | null = null;
  const r = await screenRoster(
    files.map((f) => ({ name: f.name, source: bytesSource(f.bytes) })),
    () => ({
      detail: (d) => details.push(d),
      publicity: () => {},
      issue: (i) => issues.push(i),
      drain: async () => {},
      finish: async (s) => {
        summary = s;
      },
    }),
    { pack, asOf: '2023-12-31', codec: webCodec, ...(bounds ? { bounds } : {}) },
  );
  return { rejected: r.rejected, details, issues, summary: summary as unknown as Summary };
}

async function refused(files: readonly File[], bounds?: RosterBounds): Promise<RosterFileError> {
  try {
    await screen(files, bounds);
  } catch (e) {
    if (e instanceof RosterFileError) return e;
    throw e;
  }
  throw new Error('expected the roster to be refused');
}

/** The eligible lines: subject, standard, amount, and the sheet and row they came from. */
const paid = (details: readonly DetailRow[]) =>
  details.filter((d) => d.status === '符合').map((d) => [d.subjectId, d.standardId, d.amount, d.source]);

const text = (s: string) => new TextEncoder().encode(s);
const csvLine = (cells: readonly (string | number | null)[]) => cells.map((v) => v ?? '').join(',');
const csv = (def: Def, rows: readonly Values[]) =>
  text(`${[header(def), ...rows.map((v) => row(def, v))].map(csvLine).join('\r\n')}\r\n`);

async function excel(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const workbook = (households: readonly Values[], activities: readonly Values[]) =>
  excel((wb) => {
    wb.addWorksheet('农户及成员').addRows([header(H), ...households.map((v) => row(H, v))]);
    wb.addWorksheet('产业').addRows([header(A), ...activities.map((v) => row(A, v))]);
  });

describe('1. the rows bound is over the whole roster, however many files carry it', () => {
  // a bound of 5 rows: the 3 households and 2 activities are at it; one more activity is past it
  const bounds = { rows: 5 };

  test('CSV files: 3 + 2 rows at a bound of 5 are screened; 3 + 3 are refused, naming both files', async () => {
    const at = await screen(
      [
        { name: '农户及成员.csv', bytes: csv(H, HOUSEHOLDS) },
        { name: '产业.csv', bytes: csv(A, ACTIVITIES) },
      ],
      bounds,
    );
    expect(paid(at.details)).toEqual([
      ['H1', 'poor-pig', '2800.00', '产业.csv!2'],
      ['H2', 'poor-tea', '1800.00', '产业.csv!3'],
    ]);
    expect(at.summary.total.amount).toBe('4600.00');

    // each file alone (3 rows) is within the bound: only together are they past it
    const e = await refused(
      [
        { name: '农户及成员.csv', bytes: csv(H, HOUSEHOLDS) },
        { name: '产业.csv', bytes: csv(A, [...ACTIVITIES, PIGS_OF_H3]) },
      ],
      bounds,
    );
    // the 6th row is 产业.csv's third data row, on line 4 (the header is line 1)
    expect(e.text.zh).toContain(
      '农户及成员.csv、产业.csv 合计超过 5 行（位置：产业.csv!4），超出名册文件的上限',
    );
    expect(e.text.en).toContain(
      '农户及成员.csv, 产业.csv together have more than 5 rows (at 产业.csv!4): past the bounds',
    );
    for (const f of [
      { name: '农户及成员.csv', bytes: csv(H, HOUSEHOLDS) },
      { name: '产业.csv', bytes: csv(A, [...ACTIVITIES, PIGS_OF_H3]) },
    ])
      expect((await screen([f], bounds)).summary.rowsRead).toBe(3);
  });

  test('an .xlsx: the same rows on two sheets, at the bound and one past it', async () => {
    const at = await screen([{ name: '名册.xlsx', bytes: await workbook(HOUSEHOLDS, ACTIVITIES) }], bounds);
    expect(paid(at.details)).toEqual([
      ['H1', 'poor-pig', '2800.00', '产业!2'],
      ['H2', 'poor-tea', '1800.00', '产业!3'],
    ]);
    const e = await refused(
      [{ name: '名册.xlsx', bytes: await workbook(HOUSEHOLDS, [...ACTIVITIES, PIGS_OF_H3]) }],
      bounds,
    );
    expect(e.text.zh).toContain('名册.xlsx 超过 5 行（位置：产业!4）');
    expect(e.text.en).toContain('名册.xlsx has more than 5 rows (at 产业!4)');
  });
});

/**
 * Lines with a collective written every `gap` lines among the blank ones (C100, C101, …), so that
 * the sheet is not cut off after 1,000 blank rows; the first and last lines are kept as given.
 */
function withContentEvery(lines: string[], gap: number): string {
  for (let i = gap; i < lines.length - 1; i += gap) lines[i] = `C${100 + i / gap},合作社`;
  return lines.join('\n');
}

describe('2. a CSV file has the bounds of an .xlsx sheet (Excel’s: the last row, XFD, 32,767 characters)', () => {
  const collectives = (extra: string) => `主体编号,名称\nC1,东村合作社${extra}\n`;

  test('the last row: line 1,048,576 is read, 1,048,577 refused — as row 1,048,576 and 1,048,577 of a sheet', async () => {
    const lines = ['主体编号,名称', 'C1,东村合作社', ...new Array<string>(ROSTER_LIMITS.rows - 3).fill('')];
    lines.push('C2,西村合作社');
    expect(lines).toHaveLength(ROSTER_LIMITS.rows);
    const source = readCsv(text(withContentEvery(lines, 900)), '村集体.csv', layout);
    const rows = source.sheets[0]?.rows ?? [];
    // lines 2, then 901, 1801, … (every 900th line, 0-based 900k), then the last line
    const every = Math.floor((ROSTER_LIMITS.rows - 2) / 900);
    expect(rows).toHaveLength(1 + every + 1);
    expect(rows.at(-1)?.row).toBe(1_048_576);
    expect(rows.at(-1)?.values[col(C, 'subjectId') - 1]).toBe('C2');

    lines.splice(2, 0, '');
    let e: unknown;
    try {
      readCsv(text(withContentEvery(lines, 900)), '村集体.csv', layout);
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(RosterFileError);
    expect((e as RosterFileError).text.zh).toContain(
      '村集体.csv 超过 1,048,576 行（位置：村集体.csv!1048577）',
    );

    // the same rows in a sheet: a row every 900, the last on row 1,048,576 read, on 1,048,577 refused
    const sheet = (last: number) => {
      const at = [2, ...Array.from({ length: every }, (_, k) => 901 + 900 * k), last];
      const cell = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
      const body = at.map(
        (r, i) => `<row r="${r}">${cell(`A${r}`, `C${i + 1}`)}${cell(`B${r}`, '合作社')}</row>`,
      );
      return sheetXml([['主体编号', '名称']]).replace('</sheetData>', `${body.join('')}</sheetData>`);
    };
    const xlsx = async (last: number) => [
      { name: '名册.xlsx', bytes: await rawXlsx([{ name: '村集体', xml: sheet(last) }]) },
    ];
    expect((await screen(await xlsx(1_048_576))).summary.rowsRead).toBe(1 + every + 1);
    expect((await refused(await xlsx(1_048_577))).text.zh).toContain('名册.xlsx 超过 1,048,576 行');
  });

  test('16,384 fields in a record are read; 16,385 refused, at XFE2 — as a cell at XFD2 and XFE2 of a sheet', async () => {
    const fields = (n: number) => ','.repeat(n - 2);
    const ok = await screen([{ name: '村集体.csv', bytes: text(collectives(fields(16_384))) }]);
    expect(ok.summary.rowsRead).toBe(1);
    const e = await refused([{ name: '村集体.csv', bytes: text(collectives(fields(16_385))) }]);
    expect(e.text.zh).toContain(
      '村集体.csv 有单元格超出最后一列 XFD（第 16,384 列），或一行超过 16,384 个单元格（位置：XFE2）',
    );

    const cellAt = (ref: string) =>
      sheetXml([['主体编号', '名称']]).replace(
        '</sheetData>',
        `<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2" t="inlineStr"><is><t>东村合作社</t></is></c><c r="${ref}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`,
      );
    const xlsx = async (ref: string) => [
      { name: '名册.xlsx', bytes: await rawXlsx([{ name: '村集体', xml: cellAt(ref) }]) },
    ];
    expect((await screen(await xlsx('XFD2'))).summary.rowsRead).toBe(1);
    const x = await refused(await xlsx('XFE2'));
    expect(x.text.zh).toContain(
      '名册.xlsx 有单元格超出最后一列 XFD（第 16,384 列），或一行超过 16,384 个单元格',
    );
    expect(x.text.zh).toContain('XFE2');
  });

  test('a field of 32,767 characters is read, of 32,768 refused at its cell — as in a sheet', async () => {
    // in a column no roster reads (备注): the bound is on every cell, read or not
    const note = (n: number) => `主体编号,名称,备注\nC1,东村合作社,${'x'.repeat(n)}\n`;
    expect((await screen([{ name: '村集体.csv', bytes: text(note(32_767)) }])).summary.rowsRead).toBe(1);
    const e = await refused([{ name: '村集体.csv', bytes: text(note(32_768)) }]);
    expect(e.text.zh).toContain('村集体.csv 有单元格超过 32,767 个字符（Excel 的上限）（位置：C2）');
    // quoted, with a line break inside: still one cell, still bounded
    const quoted = `主体编号,名称,备注\nC1,东村合作社,"${'x'.repeat(20_000)}\n${'y'.repeat(12_768)}"\n`;
    expect((await refused([{ name: '村集体.csv', bytes: text(quoted) }])).text.en).toContain(
      "has a cell of more than 32,767 characters (Excel's limit) (at C2)",
    );

    const sheet = (n: number) =>
      sheetXml([
        ['主体编号', '名称', '备注'],
        ['C1', '东村合作社', 'x'.repeat(n)],
      ]);
    const xlsx = async (n: number) => [
      { name: '名册.xlsx', bytes: await rawXlsx([{ name: '村集体', xml: sheet(n) }]) },
    ];
    expect((await screen(await xlsx(32_767))).summary.rowsRead).toBe(1);
    expect((await refused(await xlsx(32_768))).text.zh).toContain('名册.xlsx 有单元格超过 32,767 个字符');
  });

  test('past the blank rows that end a sheet, the rest of a CSV file is not split: a line of 16,385 fields there is not looked at', async () => {
    // 1,000 blank rows after row 2 end the sheet (rows 3–1002, reported); the wide line is 1003
    const wide = `C9,${','.repeat(ROSTER_LIMITS.columns)}`;
    const bytes = text(`${collectives('')}${'\n'.repeat(1000)}${wide}\n`);
    const r = await screen([{ name: '村集体.csv', bytes }]);
    expect(r.summary.rowsRead).toBe(1);
    expect(r.issues.find((i) => i.row === 1002)?.message.en).toBe(
      '1000 blank rows in a row after row 2: the rest of the sheet (from row 1002) was not read',
    );
    // one blank row fewer and the wide line is read, and refused
    const read = text(`${collectives('')}${'\n'.repeat(999)}${wide}\n`);
    expect((await refused([{ name: '村集体.csv', bytes: read }])).text.en).toContain('(at XFE1002)');
  });
});

describe('3. each household of a hidden sheet is reported, by row', () => {
  const hiddenHouseholds = [
    { rowType: '户主', householdId: 'H7', name: '钱七', category: '脱贫户' },
    { rowType: '户主', householdId: 'H8', name: '孙八', category: '脱贫户' },
    { rowType: '户主', householdId: 'H9', name: '周九', category: '脱贫户' },
  ];

  test('a hidden sheet of 3 households: 3 rows not screened, named by row and 户编号; the visible one paid', async () => {
    const bytes = await excel((wb) => {
      wb.addWorksheet('农户及成员').addRows([header(H), row(H, HOUSEHOLDS[0] as Values)]);
      wb.addWorksheet('产业').addRows([header(A), row(A, ACTIVITIES[0] as Values)]);
      wb.addWorksheet('旧名册', { state: 'hidden' }).addRows([
        header(H),
        ...hiddenHouseholds.map((v) => row(H, v)),
      ]);
      // the template's hidden list of choices: passed over without a word
      wb.addWorksheet('选项', { state: 'hidden' }).addRows([['户主', '是'], ['成员', '否'], ['贷款']]);
    });
    const r = await screen([{ name: '名册.xlsx', bytes }]);
    const left = r.issues.filter((i) => i.sheet === '旧名册' && i.row !== null);
    expect(left.map((i) => [i.kind, i.rejected, i.row, i.subjectId])).toEqual([
      ['not-screened', true, 2, 'H7'],
      ['not-screened', true, 3, 'H8'],
      ['not-screened', true, 4, 'H9'],
    ]);
    expect(left[0]?.message.zh).toBe(
      '未筛查：本行在隐藏的工作表上（户编号 H7），在 Excel 中看不到，不予发放',
    );
    expect(left[0]?.message.en).toBe(
      'not screened: on a hidden sheet (householdId H7), which Excel does not show, so it is not paid',
    );
    const note = r.issues.filter((i) => i.sheet === '旧名册' && i.row === null);
    expect(note.map((i) => [i.kind, i.rejected])).toEqual([['hidden-sheet', false]]);
    expect(note[0]?.message.en).toContain('its 3 roster rows were not screened');
    expect(r.issues.filter((i) => i.sheet === '选项')).toEqual([]);
    // exit code 1; the rows left out are the three, not the sheet as a fourth
    expect(r.rejected).toBe(true);
    expect(r.summary.rejectedRows).toBe(3);
    expect(paid(r.details)).toEqual([['H1', 'poor-pig', '2800.00', '产业!2']]);
  });

  test('1,000 rows are listed over the workbook, then one note gives the count of the rest', async () => {
    // sheet A: 998 households (rows 2–999) all listed; sheet B: 5 (rows 2–6), 2 listed (1,000 in
    // all), then one note for its rows 4–6: 3 more
    const households = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) =>
        row(H, { rowType: '户主', householdId: `H${from + i}`, name: '某' }),
      );
    const bytes = await rawXlsx([
      { name: '农户及成员', xml: sheetXml([header(H), row(H, HOUSEHOLDS[0] as Values)]) },
      { name: 'A', state: 'hidden', xml: sheetXml([header(H), ...households(998, 1000)]) },
      { name: 'B', state: 'veryHidden', xml: sheetXml([header(H), ...households(5, 5000)]) },
    ]);
    const r = await screen([{ name: '名册.xlsx', bytes }]);
    const rows = (sheet: string) => r.issues.filter((i) => i.sheet === sheet && i.kind === 'not-screened');
    expect(HIDDEN_ROWS_LISTED).toBe(1000);
    expect(rows('A')).toHaveLength(998);
    expect(rows('A').at(-1)?.row).toBe(999);
    expect(rows('A').at(-1)?.subjectId).toBe('H1997');
    const b = rows('B');
    expect(b.map((i) => [i.row, i.subjectId])).toEqual([
      [2, 'H5000'],
      [3, 'H5001'],
      [4, null],
    ]);
    expect(b[2]?.message.zh).toBe(
      '未筛查：本表第4–6行中另有 3 行名册数据同在深度隐藏的工作表上，未逐行列出（只逐行列出前 1,000 行）',
    );
    expect(b[2]?.rejected).toBe(true);
    expect(r.issues.find((i) => i.sheet === 'B' && i.kind === 'hidden-sheet')?.message.en).toContain(
      'its 5 roster rows were not screened',
    );
    expect(r.summary.total.subjects).toBe(1);
    // every row left out is counted, listed or not: 998 + 5
    expect(r.summary.rejectedRows).toBe(1003);
  });
});

describe('4. a header below a long title block is found; none at all is refused, saying where it looked', () => {
  /** `n` rows of notes above the header, one cell each (a title, 填表说明 1., 2., …). */
  const notes = (n: number) =>
    Array.from({ length: n }, (_, i) => [
      i === 0 ? '西乡县2023年产业奖补对象名册' : `填表说明 ${i}：请如实填写`,
    ]);

  test('the header on row 25, under 24 rows of notes: found, and the awards are right', async () => {
    expect(HEADER_SCAN_ROWS).toBe(100);
    const bytes = await excel((wb) => {
      wb.addWorksheet('农户及成员').addRows([
        ...notes(24),
        header(H),
        ...[...HOUSEHOLDS, BAD_ID].map((v) => row(H, v)),
      ]);
      wb.addWorksheet('产业').addRows([...notes(3), header(A), ...ACTIVITIES.map((v) => row(A, v))]);
    });
    const r = await screen([{ name: '名册.xlsx', bytes }]);
    // the activities on rows 5–6, as Excel shows them
    expect(paid(r.details)).toEqual([
      ['H1', 'poor-pig', '2800.00', '产业!5'],
      ['H2', 'poor-tea', '1800.00', '产业!6'],
    ]);
    expect(r.summary.total.amount).toBe('4600.00');
    // the households on rows 26–29: H4's wrong check digit is reported on row 29, column F
    expect(r.issues.filter((i) => i.rejected).map((i) => [i.sheet, i.row, i.column, i.key])).toEqual([
      ['农户及成员', 29, columnName(col(H, 'idNumber')), 'idNumber'],
    ]);
  });

  test('a title block of two-cell rows is reported as data above the header, its first 10 rows listed', async () => {
    const block = Array.from({ length: 12 }, (_, i) => [`填报项目 ${i + 1}`, '城关镇东村']);
    const r = await screen([
      {
        name: '名册.xlsx',
        bytes: await excel((wb) => {
          wb.addWorksheet('农户及成员').addRows([...block, header(H), row(H, HOUSEHOLDS[0] as Values)]);
        }),
      },
    ]);
    const i = r.issues.find((x) => x.kind === 'header');
    expect(i?.row).toBe(1);
    expect(i?.message.en).toBe(
      'the header is on row 13; rows 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more above it hold data and were not read',
    );
    expect(i?.message.zh).toContain('其上方第1、2、3、4、5、6、7、8、9、10行等 12 行有数据');
  });

  test('the header on row 100 is found; on row 101 the sheet is refused, saying where it looked and what', async () => {
    const withHeaderOn = (n: number) =>
      excel((wb) => {
        wb.addWorksheet('农户及成员').addRows([...notes(n - 1), header(H), row(H, HOUSEHOLDS[0] as Values)]);
      });
    const found = await screen([{ name: '名册.xlsx', bytes: await withHeaderOn(100) }]);
    expect(found.summary.rowsRead).toBe(1);
    expect(found.rejected).toBe(false);

    const e = await refused([{ name: '名册.xlsx', bytes: await withHeaderOn(101) }]);
    expect(e.text).toEqual({
      zh: '工作表「农户及成员」找不到表头：在第 1–100 行中没有一行包含「户编号」、「姓名」等列名；请把表头放在前 100 行内（可用 huinong template 生成模板）',
      en: 'sheet "农户及成员" has no header row: none of rows 1–100 names the columns 户编号 (householdId), 姓名 (name); put the header within the first 100 rows (huinong template writes a template)',
    });
  });

  test('no header at all: a roster sheet is refused; another sheet is passed over with a note', async () => {
    const data = HOUSEHOLDS.map((v) => row(H, v));
    const e = await refused([
      { name: '名册.xlsx', bytes: await excel((wb) => wb.addWorksheet('农户及成员').addRows(data)) },
    ]);
    expect(e.text.zh).toContain(
      '工作表「农户及成员」找不到表头：在第 1–100 行中没有一行包含「户编号」、「姓名」',
    );
    const r = await screen([
      {
        name: '名册.xlsx',
        bytes: await excel((wb) => {
          wb.addWorksheet('Sheet1').addRows(data);
          wb.addWorksheet('农户及成员').addRows([header(H), row(H, HOUSEHOLDS[0] as Values)]);
        }),
      },
    ]);
    expect(r.issues.find((i) => i.sheet === 'Sheet1')?.message).toEqual({
      zh: '不是名册工作表（前 100 行中找不到表头），已忽略',
      en: 'not a roster sheet (no header in rows 1–100); ignored',
    });
    // a workbook whose sheets all lack one: refused, saying where the header was looked for
    const none = await refused([
      { name: '名册.xlsx', bytes: await excel((wb) => wb.addWorksheet('Sheet1').addRows(data)) },
    ]);
    expect(none.text.en).toContain('with a header row (looked for in rows 1–100 of each sheet)');
  });

  test('a CSV file with its header on row 25 is read the same', async () => {
    const lines = [
      ...notes(24).map(csvLine),
      csvLine(header(A)),
      ...ACTIVITIES.map((v) => csvLine(row(A, v))),
    ];
    const r = await screen([
      { name: '农户及成员.csv', bytes: csv(H, HOUSEHOLDS) },
      { name: '产业.csv', bytes: text(lines.join('\n')) },
    ]);
    expect(paid(r.details)).toEqual([
      ['H1', 'poor-pig', '2800.00', '产业.csv!26'],
      ['H2', 'poor-tea', '1800.00', '产业.csv!27'],
    ]);
  });
});
