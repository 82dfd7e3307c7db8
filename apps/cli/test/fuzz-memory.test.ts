/**
 * Fuzz suite: generated and mutated workbooks (raw parts, so that every attack can be written)
 * and JSON inputs, each screened in a child process with a memory ceiling. Every input must end
 * in results or a bilingual error; an out-of-memory, a crash or a hang fails the test with the
 * input kept on disk. HUINONG_FUZZ_RUNS sets the runs of each property (default 100: under a
 * minute in CI).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { xixiang2023 } from '@huinong/policy-data';
import { HOUSEHOLDS, headerText, rosterLayout } from '@huinong/roster';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rawXlsx, sheetXml } from '../../../packages/roster/test/raw-xlsx.ts';
import { id18, tempDir } from './helpers.ts';

const RUNS = Number(process.env.HUINONG_FUZZ_RUNS ?? 100);
/** the heap ceiling of the child, in MB */
const HEAP_MB = 384;
const dir = tempDir();
let child: ChildProcess;
let answers: AsyncIterator<string>;
let count = 0;

beforeAll(() => {
  child = spawn(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', join(import.meta.dirname, 'fuzz-child.ts')],
    { cwd: join(import.meta.dirname, '..'), stdio: ['pipe', 'pipe', 'inherit'] },
  );
  answers = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
});

afterAll(() => {
  child.kill();
});

/** Screens one input in the child; fails (keeping the input) on a crash, an exit or a hang. */
async function survives(bytes: Uint8Array | string, ext: string): Promise<void> {
  const file = join(dir, `input-${++count}${ext}`);
  writeFileSync(file, bytes);
  child.stdin?.write(`${JSON.stringify({ file, output: join(dir, 'out.json') })}\n`);
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(`exit ${code ?? signal}`)),
  );
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('timeout'), 60_000));
  const next = answers.next().then((r) => (r.done ? 'closed' : r.value));
  const line = await Promise.race([next, exited, timeout]);
  if (!line.startsWith('{')) {
    copyFileSync(file, join(dir, `failed${ext}`));
    throw new Error(`the child ended (${line}: out of memory, or a hang) on ${file}`);
  }
  const a = JSON.parse(line) as { ok?: boolean; zh?: string; en?: string; crash?: string };
  if (a.crash) throw new Error(`${file}: ${a.crash}`);
  if (a.ok === false) {
    expect(a.zh?.length).toBeGreaterThan(0);
    expect(a.en?.length).toBeGreaterThan(0);
  } else expect(a.ok).toBe(true);
}

const H = rosterLayout(xixiang2023).households;
const A = rosterLayout(xixiang2023).activities;
const WANG = id18('61072419800101123');
const byKey = (def: typeof H, v: Record<string, string | number>) => def.columns.map((c) => v[c.key] ?? null);

/** Text people type, and text attackers write. */
const cellText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '1,5',
    '1,500',
    '１２',
    '3,000',
    '1e400',
    '1.0000000000000001',
    '-0',
    '5万',
    '85%',
    '2023-02-30',
  ),
  fc.constantFrom('脱贫户', '监测对象', '户主', '成员', '贷款', '务工', '养猪', '广东省', WANG, '=SUM(A1)'),
  fc.integer().map(String),
);

/** One mutation of the sheet XML, as a hostile or broken writer would make it. */
const mutation = fc.oneof(
  fc.constant((x: string) => x.replace('r="A2"', 'r="XFE2"')),
  fc.constant((x: string) => x.replace('r="B2"', `r="${'Z'.repeat(1000)}2"`)),
  fc.constant((x: string) => x.replace(/<v>[^<]*<\/v>/, '<f>A1+1</f>')),
  fc.constant((x: string) => x.replace('<row r="2">', '<row r="99999999">')),
  fc.constant((x: string) =>
    x.replace(
      '</sheetData>',
      '</sheetData><mergeCells><mergeCell ref="B2:C9"/><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    ),
  ),
  fc.constant((x: string) => x.replace('</sheetData>', `${'<row/>'.repeat(200_000)}</sheetData>`)),
  fc.constant((x: string) => x.replace(/<t>[^<]*<\/t>/, `<t>${'长'.repeat(40_000)}</t>`)),
  fc.constant((x: string) =>
    x.replace('<sheetData>', `<sheetData>${'<row r="1"><c r="A1"/></row>'.repeat(50_000)}`),
  ),
  fc.constant((x: string) => x.slice(0, Math.floor(x.length / 2))),
  fc.constant((x: string) => x.replace(/<\/c>/g, '')),
  fc.constant((x: string) => x),
);

describe(`fuzz in a child process (heap ${HEAP_MB} MB): results or a bilingual error`, () => {
  test('generated workbooks with hostile mutations, hidden sheets and damaged bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.array(mutation, { maxLength: 3 }),
        fc.constantFrom(undefined, 'hidden', 'veryHidden'),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
        async (rows, mutations, state, flips) => {
          const keys = ['rowType', 'householdId', 'name', 'idNumber', 'category', 'workFrom'];
          const data = rows.map((r) => byKey(H, Object.fromEntries(r.map((v, i) => [keys[i] as string, v]))));
          let xml = sheetXml([
            H.columns.map(headerText),
            byKey(H, {
              rowType: '户主',
              householdId: 'H1',
              name: '王建国',
              idNumber: WANG,
              category: '脱贫户',
            }),
            ...data,
          ]);
          for (const m of mutations) xml = m(xml);
          const activity = sheetXml([
            A.columns.map(headerText),
            byKey(A, { subjectId: 'H1', type: '养猪', head: rows[0]?.[0] ?? 4 }),
          ]);
          const bytes = await rawXlsx([
            { name: '农户及成员', xml, ...(state ? { state } : {}) },
            { name: '产业', xml: activity },
          ]);
          for (const [at, v] of flips) bytes[at % bytes.length] = v;
          await survives(bytes, '.xlsx');
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  test('generated JSON: subjects with misspelt keys, duplicates, odd numbers, and anything at all', async () => {
    const subject = fc.record({
      kind: fc.constantFrom('household', 'collective', 'operator', 'alien'),
      id: fc.constantFrom('H1', 'H2', ''),
      category: fc.constantFrom('monitored', 'poverty-alleviated', 'ordinary'),
      members: fc.array(
        fc.record({
          id: fc.constantFrom('m1', 'm2'),
          idNumber: fc.constantFrom(WANG, '123'),
          loans: fc.array(
            fc.record({
              id: fc.constantFrom('L1', 'L2'),
              principal: fc.oneof(cellText, fc.double()),
              disbursedOn: fc.constantFrom('2023-03-15', '2023-13-01'),
              termMonths: fc.integer({ min: -1, max: 700 }),
              purpose: fc.constantFrom('production', 'other'),
            }),
            { maxLength: 2 },
          ),
        }),
        { maxLength: 3 },
      ),
      activities: fc.array(
        fc.record(
          {
            type: fc.constantFrom('pig', 'sheep', 'tea'),
            head: fc.oneof(cellText, fc.double()),
            haed: cellText,
          },
          { requiredKeys: ['type'] },
        ),
        { maxLength: 3 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.array(subject, { maxLength: 4 }), fc.anything(), fc.string()),
        async (value) => {
          const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null');
          await survives(text, '.json');
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  test('a real template-shaped roster still screens in the child', async () => {
    const xml = sheetXml([
      HOUSEHOLDS.columns.map(headerText),
      byKey(H, {
        rowType: '户主',
        householdId: 'H1',
        name: '王建国',
        idNumber: WANG,
        category: '脱贫户',
        workFrom: '2023-03-01',
        workProvince: '广东省',
      }),
    ]);
    await survives(await rawXlsx([{ name: '农户及成员', xml }]), '.xlsx');
  });
});
