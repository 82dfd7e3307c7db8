import { idNumberCheckDigit } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import {
  bytesSource,
  columnLetter,
  HOUSEHOLDS,
  headerText,
  rosterLayout,
  type SheetDef,
  XlsxReader,
} from '@huinong/roster';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { noAxeViolations } from '../funds/testing.ts';
import { I18nProvider, type Lang } from '../i18n/i18n.tsx';
import { PackGate } from '../packs/packs.tsx';
import { brokenPack, smallPack } from '../test/fixtures/small-pack.ts';
import { resultName } from './names.ts';
import { PrintedByVillage, RosterView } from './RosterView.tsx';
import { screenUpload } from './screen.ts';

const id18 = (first17: string) => `${first17}${idNumberCheckDigit(first17)}`;
const LIU = id18('61072419850303004');

const view = (lang: Lang = 'zh') =>
  render(
    <I18nProvider initial={lang}>
      <PackGate>
        <RosterView />
      </PackGate>
    </I18nProvider>,
  );

const ACTIVITIES = rosterLayout(xixiang2023).activities;
const PACK = { id: xixiang2023.id };

/** The column of the head count in the template's 产业 sheet (I today). */
const HEAD = columnLetter(ACTIVITIES.columns.findIndex((c) => c.key === 'head') + 1);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * One 脱贫户 (刘大) with 10 mu of 魔芋 (konjac): 五(一)4 脱贫户 魔芋 is awarded per mu; and one row
 * with a negative head count. Written by ExcelJS, as Excel or WPS would write a roster.
 */
async function rosterFile(name = '白龙村.xlsx'): Promise<File> {
  const wb = new ExcelJS.Workbook();
  const row = (def: SheetDef, values: Record<string, string | number>) =>
    def.columns.map((c) => values[c.key] ?? null);
  const hh = wb.addWorksheet('农户及成员');
  hh.addRow(HOUSEHOLDS.columns.map(headerText));
  hh.addRow(
    row(HOUSEHOLDS, {
      rowType: '户主',
      township: '堰口镇',
      village: '白龙村',
      householdId: 'H010',
      name: '刘大',
      idNumber: LIU,
      category: '脱贫户',
      bankAccount: '6228480000000009999',
    }),
  );
  const act = wb.addWorksheet('产业');
  act.addRow(ACTIVITIES.columns.map(headerText));
  act.addRow(row(ACTIVITIES, { subjectId: 'H010', type: '茶园', areaMu: 3 }));
  act.addRow(row(ACTIVITIES, { subjectId: 'H010', type: '养猪', head: -2, income: 3000 }));
  const bytes = await wb.xlsx.writeBuffer();
  return new File([bytes as ArrayBuffer], name, { type: XLSX });
}

describe('screenUpload: the same screen as the CLI, on a File', () => {
  test('脱贫户 tea 3 mu → 3 × 600 = 1,800.00; the negative head count is rejected by row and column', async () => {
    const phases: string[] = [];
    const outcome = await screenUpload({ files: [await rosterFile()], asOf: '2023-12-31', pack: PACK }, (p) =>
      phases.push(p.phase),
    );
    if (!outcome.ok) throw new Error(outcome.error.en);
    expect(outcome.summary.total.amount).toBe('1800.00');
    expect(outcome.details.filter((d) => d.status === '符合').map((d) => [d.name, d.amount])).toEqual([
      ['刘大', '1800.00'],
    ]);
    expect(outcome.rejected).toBe(true);
    const rejected = outcome.issues.filter((i) => i.rejected);
    expect(rejected.map((i) => `${i.sheet}!${i.column}${i.row} ${i.key}`)).toEqual([`产业!${HEAD}3 head`]);
    expect(rejected[0]?.message.zh).toMatch(/不能为负数|负/);
    expect(phases).toContain('screening');
    // the workbook is a real .xlsx: our reader (and Excel) opens it
    const book = await XlsxReader.open(bytesSource(new Uint8Array(await outcome.workbook.arrayBuffer())));
    expect(book.sheets.map((s) => s.name)).toEqual(['明细', '汇总', '异常', '公示名单']);
  });

  test('the browser passes the LPR series and the place resolver: a loan and a trip written by names', async () => {
    const wb = new ExcelJS.Workbook();
    const hh = wb.addWorksheet('农户及成员');
    hh.addRow(HOUSEHOLDS.columns.map(headerText));
    hh.addRow(
      HOUSEHOLDS.columns.map(
        (c) =>
          (
            ({
              rowType: '户主',
              township: '堰口镇',
              village: '罗镇村',
              householdId: 'L001',
              name: '刘大',
              idNumber: LIU,
              category: '脱贫户',
              workFrom: '2023-03-01',
              workProvince: '陕西',
              workCity: '汉中',
              workCounty: '南郑',
              loanAmount: '5万',
              loanDate: '2023-03-15',
              loanTerm: '3年',
              loanPurpose: '发展生产',
            }) as Record<string, string>
          )[c.key] ?? null,
      ),
    );
    const file = new File([(await wb.xlsx.writeBuffer()) as ArrayBuffer], '贷款.xlsx', { type: XLSX });
    const outcome = await screenUpload({ files: [file], asOf: '2023-12-31', pack: PACK });
    if (!outcome.ok) throw new Error(outcome.error.en);
    const lines = outcome.details.filter((d) => d.status === '符合');
    expect(lines.map((d) => [d.standardId, d.amount])).toEqual([
      // 五(一)1: 50,000 × 4.30% (5-year LPR, term 36 months) ÷ 360 × (6 + 92 + 92 + 91) days
      // = 35.83 + 549.44 + 549.44 + 543.47 = 1,678.18
      ['microcredit-interest', '1678.18'],
      // 五(三)2: 南郑 is in 汉中, outside 西乡 (610724) but in the same city: 县外市内 200
      ['travel-grant', '200.00'],
    ]);
    expect(outcome.rejected).toBe(false);
  });

  test('JSON subjects too: a bad one is reported by its index and field, the others screened', async () => {
    const subjects = [
      // 五(一)5: 5 脱贫人口 employed, ¥50,000 wages → 20% = 10,000
      { kind: 'operator', id: 'OP-1', name: '西乡县茶旅专业合作社', labor: { poorWorkers: 5, wages: 50000 } },
      {
        kind: 'household',
        id: 'XX-0002',
        category: 'poverty-alleviated',
        activities: [{ type: 'tea-renovation', area: '三亩' }],
      },
    ];
    const file = new File([JSON.stringify(subjects)], 'subjects.json', { type: 'application/json' });
    const outcome = await screenUpload({ files: [file], asOf: '2023-12-31', pack: PACK });
    if (!outcome.ok) throw new Error(outcome.error.en);
    expect(outcome.summary.total.amount).toBe('10000.00');
    expect(outcome.rejected).toBe(true);
    const bad = outcome.issues.filter((i) => i.rejected);
    expect(bad).toHaveLength(1);
    expect(bad[0]?.subjectId).toBe('XX-0002');
    expect(`${bad[0]?.message.zh} ${bad[0]?.message.en}`).toMatch(/面积|area/);
  });

  test('a file that cannot be used comes back as a message in both languages, never a throw', async () => {
    const outcome = await screenUpload({
      files: [new File(['not a zip'], '名册.xlsx', { type: XLSX })],
      asOf: '2023-12-31',
      pack: PACK,
    });
    expect(outcome).toEqual({
      ok: false,
      error: {
        zh: '名册.xlsx 不是有效的 .xlsx 文件（无法作为 Excel 工作簿打开）',
        en: '名册.xlsx is not a valid .xlsx file: not a ZIP file',
      },
    });
    const csv = await screenUpload({
      files: [new File(['a,b\n1,2\n'], '名册.txt')],
      asOf: '2023-12-31',
      pack: PACK,
    });
    expect(csv.ok ? null : csv.error.en).toBe('unsupported input type (use .xlsx, .csv or .json)');
  });

  test('the results are named after the roster', () => {
    expect(resultName('白龙村.xlsx')).toBe('白龙村-筛查结果.xlsx');
    expect(resultName('农户及成员.csv、产业.csv')).toBe('农户及成员-筛查结果.xlsx');
    expect(resultName('名册')).toBe('名册-筛查结果.xlsx');
  });
});

/** Sets the date of the screen and uploads the file, as a person would. */
async function upload(user: ReturnType<typeof userEvent.setup>, file: File, date = '2023-12-31') {
  const input = screen.getByLabelText('测算日期');
  await user.clear(input);
  await user.type(input, date);
  await user.upload(screen.getByLabelText(/名册文件/), file);
  return input;
}

describe('名册筛查 view', () => {
  test('upload a roster: the total, the exception by row and column, the download link', async () => {
    const user = userEvent.setup();
    const { container } = view();
    expect(screen.getByRole('heading', { level: 2, name: '名册筛查' })).toBeInTheDocument();
    expect(screen.getByText('文件只在本机浏览器中处理，不会上传到任何服务器。')).toBeInTheDocument();
    await upload(user, await rosterFile());
    const done = await screen.findByTestId('roster-done', {}, { timeout: 10_000 });
    expect(done).toHaveTextContent('白龙村.xlsx：已筛查 1 户（主体），1 条补助，合计 ¥1,800.00');
    expect(screen.getByTestId('roster-capital')).toHaveTextContent('大写：壹仟捌佰元整');
    const issues = screen.getByTestId('roster-issues');
    expect(within(issues).getByRole('row', { name: new RegExp(`产业!${HEAD}3`) })).toHaveTextContent('是');
    const link = screen.getByTestId('roster-download');
    expect(link).toHaveAttribute('download', '白龙村-筛查结果.xlsx');
    expect(link.getAttribute('href')).toMatch(/^blob:/);
    expect(
      within(screen.getByTestId('roster-publicity')).getByText(/^610724\*{8}\d{3}[\dX]$/),
    ).toBeInTheDocument();
    // the county's default: the 公示名单 shows no bank account
    expect(
      within(screen.getByTestId('roster-publicity'))
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).not.toContain('银行账号');
    await noAxeViolations(container);
  });

  test('in English; the date of the screen is kept on this device', async () => {
    const user = userEvent.setup();
    view('en');
    expect(screen.getByRole('heading', { level: 2, name: 'Roster screening' })).toBeInTheDocument();
    const date = screen.getByLabelText('Date of the screen');
    await user.clear(date);
    await user.type(date, '2023-06-30');
    expect(localStorage.getItem('huinong:roster-as-of')).toBe('2023-06-30');
    await user.upload(screen.getByLabelText(/Roster file/), new File(['x'], 'roster.xlsx', { type: XLSX }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file cannot be screened');
    expect(alert).toHaveTextContent('roster.xlsx is not a valid .xlsx file');
  });

  test('a screen under way can be cancelled: the page goes back to choosing a file', async () => {
    const user = userEvent.setup();
    view();
    await upload(user, await rosterFile());
    await user.click(await screen.findByRole('button', { name: '取消' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    // the cancelled screen's outcome, when it comes, is not shown
    await new Promise((r) => setTimeout(r, 500));
    expect(screen.queryByTestId('roster-done')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a township roster: one village at a time on screen and on paper', async () => {
    const wb = new ExcelJS.Workbook();
    const row = (def: SheetDef, values: Record<string, string | number>) =>
      def.columns.map((c) => values[c.key] ?? null);
    const hh = wb.addWorksheet('农户及成员');
    hh.addRow(HOUSEHOLDS.columns.map(headerText));
    const ZHOU = id18('61072419900101005');
    for (const [id, village, name, idNumber] of [
      ['H010', '白龙村', '刘大', LIU],
      ['H011', '罗镇村', '周二', ZHOU],
    ] as const)
      hh.addRow(
        row(HOUSEHOLDS, {
          rowType: '户主',
          township: '堰口镇',
          village,
          householdId: id,
          name,
          idNumber,
          category: '脱贫户',
        }),
      );
    const act = wb.addWorksheet('产业');
    act.addRow(ACTIVITIES.columns.map(headerText));
    // 脱贫户 tea: 3 mu × 600 = 1,800 (白龙村); 1 mu × 600 = 600 (罗镇村)
    act.addRow(row(ACTIVITIES, { subjectId: 'H010', type: '茶园', areaMu: 3 }));
    act.addRow(row(ACTIVITIES, { subjectId: 'H011', type: '茶园', areaMu: 1 }));
    const file = new File([(await wb.xlsx.writeBuffer()) as ArrayBuffer], '堰口镇.xlsx', { type: XLSX });

    const user = userEvent.setup();
    view();
    await upload(user, file);
    expect(await screen.findByTestId('roster-done', {}, { timeout: 10_000 })).toHaveTextContent(
      '合计 ¥2,400.00',
    );
    // the printed lists are built when printing (the button, or the browser's own 打印)
    expect(screen.queryByTestId('roster-print')).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    const printed = await screen.findByTestId('roster-print');
    expect(
      within(printed)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['堰口镇白龙村衔接资金补助公示名单', '堰口镇罗镇村衔接资金补助公示名单']);
    await user.selectOptions(screen.getByLabelText(/按村查看/), '堰口镇 罗镇村');
    expect(within(screen.getByTestId('roster-details')).queryByText('刘大')).toBeNull();
    expect(within(screen.getByTestId('roster-details')).getByText('周二')).toBeInTheDocument();
    expect(
      within(printed)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['堰口镇罗镇村衔接资金补助公示名单']);
    expect(printed).toHaveTextContent('合计（大写：陆佰元整）¥600.00');
    // printed: the document leaves the page again
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(screen.queryByTestId('roster-print')).toBeNull());
  });

  test('a printed list cut short by the browser says so on paper, and where the whole list is', async () => {
    const outcome = await screenUpload({ files: [await rosterFile()], asOf: '2023-12-31', pack: PACK });
    if (!outcome.ok) throw new Error(outcome.error.en);
    const props = {
      done: outcome,
      rows: outcome.publicity,
      title: '衔接资金补助公示名单',
      columns: [{ head: '户主/名称', cell: (r: (typeof outcome.publicity)[number]) => r.name }],
      signatures: ['经办人：________'],
    };
    const { rerender } = render(<PrintedByVillage {...props} truncated={false} />);
    expect(screen.getByTestId('roster-print')).not.toHaveTextContent('超过网页可打印的上限');
    rerender(<PrintedByVillage {...props} truncated />);
    expect(screen.getByTestId('roster-print')).toHaveTextContent(
      '本次筛查的行数超过网页可打印的上限，以下只含前 1 行；完整名单见下载的结果工作簿。',
    );
  });

  test('after a screen, a new date offers to screen the same file again', async () => {
    const user = userEvent.setup();
    view();
    const date = await upload(user, await rosterFile());
    await screen.findByTestId('roster-done', {}, { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: '按新日期重新筛查' })).toBeNull();
    await user.clear(date);
    await user.type(date, '2023-06-30');
    await user.click(screen.getByRole('button', { name: '按新日期重新筛查' }));
    await waitFor(() => expect(screen.getByTestId('roster-done')).toHaveTextContent('白龙村.xlsx'));
  });
});

describe('screenUpload: the chosen pack travels with the request', () => {
  test('a file pack is sent as its JSON and checked again where the screen runs: a broken one names its paths', async () => {
    const outcome = await screenUpload({
      files: [await rosterFile()],
      asOf: '2024-06-30',
      pack: { id: 'demo-2024', json: brokenPack() },
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.zh).toMatch(/政策包文件有误：.*standards\[0\]\.award\.amount/);
      expect(outcome.error.en).toMatch(/dates: is required/);
    }
  });

  test('a valid file pack screens the roster, and the result names the pack it was screened with', async () => {
    const outcome = await screenUpload({
      files: [await rosterFile()],
      asOf: '2024-06-30',
      pack: { id: 'demo-2024', json: smallPack() },
    });
    expect(outcome.ok && outcome.pack).toEqual({
      id: 'demo-2024',
      version: '1',
      name: { zh: '示例县2024年庭院养殖奖补方案', en: 'Demo County 2024 backyard livestock awards' },
    });
  });

  test('a date outside the pack’s period is refused with the plan’s period, not a crash', async () => {
    const outcome = await screenUpload({ files: [await rosterFile()], asOf: '2024-06-30', pack: PACK });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.zh).toContain('2023-01-01 至 2023-12-31');
  });
});
