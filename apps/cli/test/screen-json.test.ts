import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const main = join(import.meta.dirname, '../src/main.ts');
const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

function huinong(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8' });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    json: r.stdout.trim() ? JSON.parse(r.stdout) : null,
  };
}

describe('huinong screen FILE.json', () => {
  test('one 监测对象 household: ids, two-decimal amounts and reasons', () => {
    const r = huinong('screen', fixture('monitored-household.json'), '--as-of', '2023-12-31');
    expect(r.code).toBe(0);
    const [result] = r.json.results;
    // 4 pigs × 700 = 2,800; travel to 广东省 (省外) 500; 10 months × 600 = 6,000 → 9,300
    expect(result.total).toBe('9300.00');
    const byId = Object.fromEntries(
      result.lines
        .filter((l: { ref: unknown }) => l.ref)
        .map((l: { standardId: string }) => [l.standardId, l]),
    );
    expect(byId['monitored-pig'].amount).toBe('2800.00');
    expect(byId['travel-grant'].amount).toBe('500.00');
    expect(byId['public-post'].amount).toBe('6000.00');
    // 4 sheep: one short of 5只及以上
    expect(byId['monitored-sheep'].status).toBe('ineligible');
    expect(byId['monitored-sheep'].nearMiss.zh).toContain('差 1 只');
    expect(byId['monitored-sheep'].explanation.zh).toContain('五(一)4(4)');
  });

  test('an array: bad subjects are reported by index and field, the good ones still screened, exit 1', () => {
    const r = huinong('screen', fixture('mixed.json'), '--as-of', '2023-06-30');
    expect(r.code).toBe(1);
    expect(r.json.results.map((x: { subjectId: string; total: string }) => [x.subjectId, x.total])).toEqual([
      ['OP-1', '10000.00'],
      ['C-1', '25000.00'],
    ]);
    expect(r.json.total).toBe('35000.00');
    expect(r.json.errors).toHaveLength(1);
    expect(r.json.errors[0].path).toBe('[1].activities.0.area');
    expect(r.stderr).toContain('面积：应为数字：“三亩”');
    expect(r.stderr).toContain('Area: must be a number: "三亩"');
  });

  test('a file that is not JSON exits 2 with a message in both languages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huinong-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "kind": "household", ');
    const r = huinong('screen', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是有效的 JSON');
    expect(r.stderr).toContain('is not valid JSON');
  });

  test('a missing file and a bad date exit 2', () => {
    expect(huinong('screen', '/nonexistent.json').code).toBe(2);
    expect(huinong('screen', fixture('mixed.json'), '--as-of', '2023-02-30').code).toBe(2);
  });

  test('without --as-of, a 2023 pack screened later is screened at its last day', () => {
    const r = huinong('screen', fixture('monitored-household.json'));
    expect(r.json.asOf).toBe('2023-12-31');
  });

  test('huinong schema prints the input JSON Schema', () => {
    const r = huinong('schema');
    expect(r.code).toBe(0);
    expect(JSON.stringify(r.json)).toContain('"poverty-alleviated"');
  });
});

describe('loans through the JSON CLI', () => {
  test('a microcredit loan gets its counted quarters and the mutual-fund fee', () => {
    const r = huinong('screen', fixture('loan-household.json'), '--as-of', '2023-12-31');
    expect(r.code).toBe(0);
    const lines = r.json.results[0].lines as {
      standardId: string;
      amount: string;
      periods?: { quarter: string; counted: boolean }[];
    }[];
    const loan = lines.find((l) => l.standardId === 'microcredit-interest');
    // 2023Q3 453.61 + 2023Q4 448.68 (50,000 at 3.55%, 92 and 91 days ÷ 360)
    expect(loan?.amount).toBe('902.29');
    expect(loan?.periods?.filter((p) => p.counted).map((p) => p.quarter)).toEqual(['2023Q3', '2023Q4']);
    expect(lines.find((l) => l.standardId === 'mutual-fund-fee')?.amount).toBe('320.50');
    expect(r.json.total).toBe('1222.79');
  });
});
