import { idNumberCheckDigit } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import { freezeList, paymentList } from '@huinong/register';
import { rosterLayout } from '@huinong/roster';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { screenUpload } from '../roster/screen.ts';
import { importWorkbook, paymentWorkbook, readFrozenList } from './books.ts';
import { mergeImported } from './RegisterView.tsx';
import { caseRows, registerWorkbook } from './roster-book.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { pigCase } from './testing.ts';
import { CasePageSteps } from './testing-steps.ts';

const id18 = (first17: string) => `${first17}${idNumberCheckDigit(first17)}`;
const WANG = id18('61072419800101123');
const LI = id18('61072419750505001');
const file = (blob: Blob, name: string) => new File([blob], name, { type: blob.type });

describe('the register as a roster workbook', () => {
  const cases = [pigCase('王大山', '4', WANG, 1), pigCase('李二', '3', LI, 2)];

  test('a case’s rows are the template’s: the 户主 row and its activity', () => {
    const rows = caseRows((cases[0] as (typeof cases)[number]).case, rosterLayout(xixiang2023));
    expect(rows.households).toEqual([
      expect.objectContaining({
        rowType: '户主',
        township: '堰口镇',
        village: '白龙塘村',
        name: '王大山',
        idNumber: WANG,
        category: '监测对象',
        monitoredType: '脱贫不稳定户',
        bankAccount: '622848000000001234',
      }),
    ]);
    expect(rows.activities).toEqual([expect.objectContaining({ type: '养猪', head: 4, income: 3000 })]);
  });

  test('名册筛查 screens the export as any roster: the same households and total', async () => {
    const blob = await registerWorkbook(cases, xixiang2023, '2023-10-05T00:00:00.000Z');
    const r = await screenUpload({
      files: [file(blob, '台账.xlsx')],
      asOf: '2023-10-01',
      pack: { id: xixiang2023.id },
    });
    if (!r.ok) throw new Error(r.error.en);
    expect(r.rejected).toBe(false);
    // 4 × 700 + 3 × 700
    expect(r.summary.total).toMatchObject({ subjects: 2, amount: '4900.00' });
  });

  test('imported again, the cases come back whole, and a second import adds none', async () => {
    const blob = await registerWorkbook(cases, xixiang2023, '2023-10-05T00:00:00.000Z');
    const back = await importWorkbook(
      file(blob, '台账.xlsx'),
      xixiang2023,
      '2023-10-01',
      '2023-10-06T00:00:00.000Z',
    );
    expect(back.restored).toBe(true);
    // in the register's order: 李 (U+674E) before 王 (U+738B)
    expect(back.cases.map((c) => c.case)).toEqual([cases[1]?.case, cases[0]?.case]);
    expect(back.cases.map((c) => c.serial)).toEqual(['2023-0002', '2023-0001']);
    expect(back.cases.map((c) => c.draft?.name)).toEqual(['李二', '王大山']);
    const once = mergeImported([], [{ source: 'a.xlsx', cases: back.cases }], DEFAULT_SETTINGS);
    const twice = mergeImported(once.cases, [{ source: 'a.xlsx', cases: back.cases }], once.settings);
    expect(twice.cases.map((c) => c.case.applicant.name).sort()).toEqual(['李二', '王大山']);
    expect(twice.merged.duplicates).toHaveLength(2);
  });

  test('a plain roster (no register data) is screened into new cases at 申请', async () => {
    const blob = await registerWorkbook(cases, xixiang2023, '2023-10-05T00:00:00.000Z');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await blob.arrayBuffer());
    wb.removeWorksheet(wb.getWorksheet('说明')?.id ?? 0);
    const plain = new Blob([await wb.xlsx.writeBuffer()]);
    const r = await importWorkbook(
      file(plain, '白龙塘村.xlsx'),
      xixiang2023,
      '2023-10-01',
      '2023-10-06T00:00:00.000Z',
    );
    expect(r.restored).toBe(false);
    expect(
      r.cases.map((c) => [c.case.applicant.name, c.case.screening.total, c.case.lifecycle.state]),
    ).toEqual([
      ['李二', '2100.00', 'applied'],
      ['王大山', '2800.00', 'applied'],
    ]);
  });
});

describe('the 发放清册 and a list checked later', () => {
  test('the workbook carries its frozen list: read back, it matches the register; changed, it says what', async () => {
    const paid = CasePageSteps.toPaid(pigCase('王大山', '4', WANG, 1).case);
    const options = { pack: { id: xixiang2023.id, version: xixiang2023.version }, village: '白龙塘村' };
    const list = paymentList([paid], options);
    expect(list.totalLine.zh).toBe('合计：1户，金额¥2,800.00（人民币大写：贰仟捌佰元整）');
    const frozen = freezeList('payment', list.rows, { ...options, date: '2024-02-05' });
    const blob = await paymentWorkbook(list, frozen, {
      place: '白龙塘村',
      packName: '西乡',
      preparer: '周会计',
    });
    const back = await readFrozenList(file(blob, '清册.xlsx'));
    expect(back).toEqual(frozen);
    const { verifyList } = await import('@huinong/register');
    expect(verifyList(back, [paid]).message.zh).toBe('名单与台账一致');
    const edited = { ...paid, applicant: { ...paid.applicant, name: '王大川' } };
    expect(verifyList(back, [edited]).message.zh).toBe('名单与台账不一致：1行有变动（王大川）');
  });
});
