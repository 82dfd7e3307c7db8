import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xiji2025 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import { huinong, readWorkbook, records, type SheetValues, tempDir, writeRoster } from './helpers.ts';

const main = join(import.meta.dirname, '../src/main.ts');

function screenJson(pack: string, subjects: unknown[], asOf: string) {
  const dir = mkdtempSync(join(tmpdir(), 'huinong-packs-'));
  const file = join(dir, 'subjects.json');
  writeFileSync(file, JSON.stringify(subjects));
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', main, 'screen', '--pack', pack, file, '--as-of', asOf],
    {
      encoding: 'utf8',
    },
  );
  return { code: r.status, stderr: r.stderr, json: r.stdout.trim() ? JSON.parse(r.stdout) : null };
}

const monitored = (facts: Record<string, unknown>, activities: unknown[]) => ({
  kind: 'household',
  id: 'h1',
  name: '马某',
  category: 'monitored',
  facts: { demoVillage: false, cattleAwardReceived: false, ...facts },
  activities,
});

/** 3 Simmental cows from another county, 8 months old, bought 2025-02-01, registered 2025-02-10. */
const cows = (head: number) => ({
  type: 'breeding-cows',
  head,
  breed: 'simmental',
  origin: 'other-county',
  boughtOn: '2025-02-01',
  ageMonths: 8,
  registeredOn: '2025-02-10',
});

describe('huinong screen --pack xiji-2025 FILE.json', () => {
  test('a 未消除风险 household: 3 cows × 2,400 = 7,200; a 风险已消除 one: 3 × 1,200 = 3,600', () => {
    const r = screenJson(
      'xiji-2025',
      [
        monitored({ riskStatus: 'not-eliminated' }, [cows(3)]),
        { ...monitored({ riskStatus: 'eliminated' }, [cows(3)]), id: 'h2' },
      ],
      '2025-09-30',
    );
    expect(r.code).toBe(0);
    expect(r.json.results.map((x: { total: string }) => x.total)).toEqual(['7200.00', '3600.00']);
    expect(r.json.results[0].lines[0].explanation.en).toBe(
      'Herd expansion: breeding cows (cattle-cows, 西党办发〔2025〕17号): eligible; 3 head × ¥2,400.00 = ¥7,200.00',
    );
  });

  test('6 cows: the 5-head cap is its own adjustment (6 × 2,400 = 14,400; −2,400; 12,000)', () => {
    const r = screenJson('xiji-2025', [monitored({ riskStatus: 'not-eliminated' }, [cows(6)])], '2025-09-30');
    expect(r.code).toBe(0);
    const [result] = r.json.results;
    expect(result.adjustments.map((a: { amount: string }) => a.amount)).toEqual(['-2400.00']);
    expect(result.total).toBe('12000.00');
  });

  test('a date outside 2025 is refused with the period, exit 2', () => {
    const r = screenJson('xiji-2025', [monitored({ riskStatus: 'not-eliminated' }, [cows(3)])], '2024-12-31');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2025-01-01 至 2025-12-31');
  });
});

describe('huinong screen --pack ruzhou-2023 FILE.json', () => {
  test('20% of net income, at most 500 a mu: 4 亩 of peanuts, income 15,000, cost 3,000 → 2,000 (not 2,400)', () => {
    const r = screenJson(
      'ruzhou-2023',
      [
        {
          kind: 'household',
          id: 'r1',
          category: 'monitored',
          activities: [{ type: 'peanut', area: 4, income: 15000, cost: 3000 }],
        },
      ],
      '2023-12-31',
    );
    if (r.code !== 0) throw new Error(r.stderr);
    const [result] = r.json.results;
    // 20% × (15,000 − 3,000) = 2,400 > 4 × 500 = 2,000
    expect(result.total).toBe('2000.00');
  });
});

describe('a 西吉 roster workbook, screened with --pack xiji-2025', () => {
  test('cattle by group, the courtyard economy, the 5-head cap and the 示范村 exclusion, in 明细 and 汇总', async () => {
    const dir = tempDir();
    const input = join(dir, '西吉名册.xlsx');
    const head = (householdId: string, name: string, category: string, facts: Record<string, string>) => ({
      rowType: '户主',
      township: '将台堡镇',
      village: '东坡村',
      householdId,
      name,
      category,
      ...facts,
    });
    const cow = (subjectId: string, head: number) => ({
      subjectId,
      type: '能繁母牛',
      head,
      boughtOn: '2025-02-01',
      origin: '外县区调购',
      breed: '西门塔尔',
      ageMonths: 8,
      registeredOn: '2025-02-10',
    });
    await writeRoster(
      input,
      {
        households: [
          head('X1', '甲', '监测对象', {
            riskStatus: '未消除风险',
            demoVillage: '否',
            cattleAwardReceived: '否',
          }),
          head('X2', '乙', '脱贫户', { demoVillage: '否', cattleAwardReceived: '否' }),
          head('X3', '丙', '监测对象', {
            riskStatus: '风险已消除',
            demoVillage: '是',
            cattleAwardReceived: '否',
          }),
        ],
        activities: [cow('X1', 6), cow('X2', 2), { subjectId: 'X3', type: '鸡', birds: 20 }],
      },
      { pack: xiji2025 },
    );
    const output = join(dir, '结果.xlsx');
    const r = huinong('screen', input, '-o', output, '--pack', 'xiji-2025', '--as-of', '2025-09-30');
    expect(r.code, r.stderr).toBe(0);
    // X1: 6 × 2,400 = 14,400, at most 5 head → −2,400; X2 (脱贫户): 2 × 1,200 = 2,400;
    // X3: 20 chickens × 30 = 600, excluded in a 示范村 → −600. 14,400 − 2,400 + 2,400 + 600 − 600 = 14,400
    expect(r.stderr).toContain('¥14400.00');
    const book = await readWorkbook(output);
    const rows = records(book.明细 as SheetValues)
      .filter((l) => l.状态 === '符合' || l.状态 === '扣减')
      .map((l) => [l['户编号/主体编号'], l.状态, l['金额（元）']]);
    expect(rows).toEqual([
      ['X1', '符合', 14400],
      ['X1', '扣减', -2400],
      ['X2', '符合', 2400],
      ['X3', '符合', 600],
      ['X3', '扣减', -600],
    ]);
    const summary = book.汇总 as SheetValues;
    expect(summary.find((row) => row[0] === '合计')?.at(-1)).toBe(14400);
  });
});
