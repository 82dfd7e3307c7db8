/**
 * The CLI on hostile and careless input: strict JSON, duplicates, output that never loses data
 * (temporary files renamed into place, outputs compared with inputs by device and inode), and a
 * stdout that fails (EPIPE, ENOSPC) exits 2 with a message.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { xixiang2023 } from '@huinong/policy-data';
import { headerText, ROSTER_LIMITS, rosterLayout } from '@huinong/roster';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { type AtomicFile, OutputSet } from '../src/node/files.ts';
import { huinong, id18, tempDir, writeRoster } from './helpers.ts';

const dir = tempDir();
const main = join(import.meta.dirname, '../src/main.ts');
const WANG = id18('61072419800101123');

const household = (id: string, extra: Record<string, unknown> = {}) => ({
  kind: 'household',
  id,
  name: '王建国',
  category: 'monitored',
  members: [{ id: 'm1', name: '王建国', idNumber: WANG }],
  activities: [{ type: 'pig', head: 4, income: 3000 }],
  ...extra,
});

function json(name: string, value: unknown): string {
  const f = join(dir, name);
  writeFileSync(f, JSON.stringify(value));
  return f;
}

describe('4. strict JSON input', () => {
  test('a misspelt field is an error naming it and the nearest known name', () => {
    const f = json('misspelt.json', household('H1', { activities: [{ type: 'pig', haed: 4 }] }));
    const r = huinong('screen', f, '--as-of', '2023-12-31');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('未知字段：haed（是否为 head？）');
    expect(r.stderr).toContain('unknown fields: haed (did you mean head?)');
  });

  test.for([
    [
      'a member',
      { members: [{ id: 'm1', name: '王建国', idNumbr: WANG }] },
      'idNumbr (did you mean idNumber?)',
    ],
    [
      'a trip',
      { members: [{ id: 'm1', workTrips: [{ from: '2023-03-01', place: { provnce: '广东省' } }] }] },
      'provnce (did you mean province?)',
    ],
    ['the household', { categroy: 'monitored' }, 'categroy (did you mean category?)'],
  ] as const)('%s with a misspelt key is refused', ([, extra, en]) => {
    const r = huinong('screen', json('strict.json', household('H1', extra)), '--as-of', '2023-12-31');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(en);
  });

  test('the same subject id twice is refused, never paid twice', () => {
    const f = json('dup.json', [household('H1'), household('H1')]);
    const r = huinong('screen', f, '--as-of', '2023-12-31');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.results).toHaveLength(1);
    expect(out.errors[0].text).toContain('repeats item 1');
  });

  test('the same loan id in two households is refused; within one household too', () => {
    const loan = {
      id: 'L1',
      principal: '50000',
      disbursedOn: '2023-03-15',
      termMonths: 36,
      purpose: 'production',
    };
    const a = household('H1', { members: [{ id: 'm1', idNumber: WANG, loans: [loan] }] });
    const b = household('H2', { members: [{ id: 'm1', loans: [loan] }] });
    const r = huinong('screen', json('dup-loan.json', [a, b]), '--as-of', '2023-12-31');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('loan id "L1" already appears in item 1');
    const c = household('H3', {
      members: [
        { id: 'm1', loans: [loan] },
        { id: 'm2', loans: [loan] },
      ],
    });
    expect(huinong('screen', json('dup-loan2.json', c), '--as-of', '2023-12-31').stderr).toContain(
      'duplicate id',
    );
  });

  test('"1,5" as a loan principal is refused, never read as 15', () => {
    const loan = {
      id: 'L1',
      principal: '1,5',
      disbursedOn: '2023-03-15',
      termMonths: 36,
      purpose: 'production',
    };
    const r = huinong(
      'screen',
      json('comma.json', household('H1', { members: [{ id: 'm1', loans: [loan] }] })),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a comma may only group thousands');
  });

  test('3,000 pigs: screened, with a warning in the output and on stderr', () => {
    const r = huinong(
      'screen',
      json('pigs.json', household('H1', { activities: [{ type: 'pig', head: '3,000' }] })),
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.warnings[0].path).toBe('activities.0.head');
    expect(r.stderr).toContain('超过常见上限 200');
  });

  test('a JSON file over 64 MB is refused at once (exit 2)', () => {
    const f = join(dir, 'huge.json');
    writeFileSync(f, '[');
    truncateSync(f, 65 * 1024 * 1024);
    const r = huinong('screen', f);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('大于 64 MB');
    expect(r.stderr).toContain('is larger than 64 MB');
  });
});

describe('6. never lose data', () => {
  const input = join(dir, 'roster.xlsx');

  beforeAll(async () => {
    await writeRoster(input, {
      households: [
        { rowType: '户主', householdId: 'H1', name: '王建国', idNumber: WANG, category: '脱贫户' },
      ],
      activities: [{ subjectId: 'H1', type: '养猪', head: 4, income: 3000 }],
    });
  });

  test('results are written to a temporary file and renamed: no temporary file is left behind', () => {
    const out = join(dir, 'out', 'r.csv');
    spawnSync('mkdir', ['-p', join(dir, 'out')]);
    expect(huinong('screen', input, '-o', out, '--as-of', '2023-12-31').code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'r.csv',
      'r.公示名单.csv',
      'r.异常.csv',
      'r.汇总.csv',
    ]);
  });

  test('a failed write leaves the previous results as they were', () => {
    const target = join(dir, 'previous.xlsx');
    writeFileSync(target, 'previous good results');
    const set = new OutputSet();
    const f: AtomicFile = set.open(target);
    f.write(Buffer.from('half a workbook'));
    set.abort();
    expect(readFileSync(target, 'utf8')).toBe('previous good results');
    expect(existsSync(f.temp)).toBe(false);
  });

  test.for([
    ['a symbolic link to the roster', (o: string) => symlinkSync(input, o)],
    ['a hard link to the roster', (o: string) => linkSync(input, o)],
  ] as const)('an output that is %s is refused; the roster is untouched', ([, make], { task }) => {
    const out = join(dir, `${task.id}.xlsx`);
    make(out);
    const before = readFileSync(input);
    const r = huinong('screen', input, '-o', out, '--as-of', '2023-12-31');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('输出文件不能与输入文件相同');
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test('a CSV companion of the output that is an input is refused', () => {
    const csv = join(dir, 'out.异常.csv');
    writeFileSync(csv, '户编号,姓名,农户类别\r\nH1,王建国,脱贫户\r\n');
    const r = huinong('screen', csv, '-o', join(dir, 'out.csv'), '--as-of', '2023-12-31');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('out.异常.csv');
  });

  test.for([
    ['a closed pipe (EPIPE)', `"$@" | head -c 1 >/dev/null; exit \${PIPESTATUS[0]}`, 'EPIPE'],
    ['a full disk (ENOSPC)', '"$@" >/dev/full', 'ENOSPC'],
  ])('stdout failing with %s exits 2 with a message, no stack trace', ([, shell, code]) => {
    const big = json(
      'many.json',
      Array.from({ length: 400 }, (_, i) => household(`H${i}`, { members: [] })),
    );
    const r = spawnSync(
      'bash',
      ['-c', shell as string, 'sh', process.execPath, '--import', 'tsx', main, 'screen', big],
      {
        encoding: 'utf8',
        cwd: join(import.meta.dirname, '..'),
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`无法写出到标准输出（${code}）`);
    expect(r.stderr).toContain(`cannot write to standard output (${code})`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('7. the bounds of one roster, and what Excel hides', () => {
  test('two CSV files of half the rows bound each, one row past it together, are refused (exit 2) naming both', () => {
    // 524,288 collectives in one file and 524,289 in the other: 1,048,577 rows, one past the
    // bound; the last is line 524,290 of 西村.csv (its header is line 1)
    const file = (name: string, rows: number) => {
      const f = join(dir, name);
      writeFileSync(f, `主体编号,名称\n${'C,合作社\n'.repeat(rows)}`);
      return f;
    };
    const half = ROSTER_LIMITS.rows / 2;
    const r = huinong('screen', file('东村.csv', half), file('西村.csv', half + 1), '--as-of', '2023-12-31');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('东村.csv、西村.csv 合计超过 1,048,576 行（位置：西村.csv!524290）');
    expect(r.stderr).toContain(
      '东村.csv, 西村.csv together have more than 1,048,576 rows (at 西村.csv!524290)',
    );
    expect(r.stdout).toBe('');
  }, 120_000);

  test('a hidden sheet of 3 households: each row reported as not screened, exit 1; the visible one paid', async () => {
    const H = rosterLayout(xixiang2023).households;
    const A = rosterLayout(xixiang2023).activities;
    const row = (def: typeof H, v: Record<string, string | number>) =>
      def.columns.map((c) => v[c.key] ?? null);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('农户及成员').addRows([
      H.columns.map(headerText),
      row(H, { rowType: '户主', householdId: 'H1', name: '王建国', idNumber: WANG, category: '脱贫户' }),
    ]);
    wb.addWorksheet('产业').addRows([
      A.columns.map(headerText),
      row(A, { subjectId: 'H1', type: '养猪', head: 4, income: 3000 }),
    ]);
    wb.addWorksheet('旧名册', { state: 'hidden' }).addRows([
      H.columns.map(headerText),
      ...['H7', 'H8', 'H9'].map((id) =>
        row(H, { rowType: '户主', householdId: id, name: '某', category: '脱贫户' }),
      ),
    ]);
    wb.addWorksheet('选项', { state: 'hidden' }).addRows([['户主'], ['成员']]);
    const f = join(dir, 'hidden.xlsx');
    await wb.xlsx.writeFile(f);
    const r = huinong('screen', f, '--as-of', '2023-12-31');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    const rows = out.exceptions.filter(
      (i: { sheet: string; row: number | null }) => i.sheet === '旧名册' && i.row !== null,
    );
    expect(
      rows.map((i: { row: number; subjectId: string; kind: string }) => [i.row, i.subjectId, i.kind]),
    ).toEqual([
      [2, 'H7', 'not-screened'],
      [3, 'H8', 'not-screened'],
      [4, 'H9', 'not-screened'],
    ]);
    expect(out.exceptions.some((i: { sheet: string }) => i.sheet === '选项')).toBe(false);
    // 4 × 700 = 2,800.00 for H1's pigs; the terminal says why the three were left out
    expect(r.stderr).toContain('合计 ¥2800.00');
    expect(r.stderr).toContain('工作表「旧名册」是隐藏的，其中 3 行名册数据未筛查');
    expect(r.stderr).toContain('3 rows rejected (see 异常)');
  });
});
