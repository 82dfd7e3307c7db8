/**
 * `--pack ID|FILE`: a built-in pack by its id, or a pack file a county wrote (JSON, checked with
 * the engine's `validatePack`; every problem is named by its path, in Chinese and English).
 * `huinong packs` lists the built-in packs and the files given.
 */
import { readFileSync } from 'node:fs';
import { formatPackError, type PackError, type PolicyPack, validatePack } from '@huinong/benefits';
import { builtInPacks, findPack } from '@huinong/policy-data';

/** Why a `--pack` cannot be used: the lines to print, Chinese first (exit code 2). */
export class PackOptionError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly errors: readonly PackError[] = [],
  ) {
    super(`${zh}\n${en}`);
  }
}

export interface ChosenPack {
  readonly pack: PolicyPack;
  /** the file it was read from, or null for a built-in pack */
  readonly file: string | null;
}

/** The default when no `--pack` is given: the first built-in pack. */
export const DEFAULT_PACK = builtInPacks[0] as PolicyPack;

const builtInIds = (): string => builtInPacks.map((p) => p.id).join(', ');

/**
 * The pack named by `--pack`: a built-in id, else a JSON file. Throws `PackOptionError` for an
 * unknown id, an unreadable file, bad JSON or a pack the schema refuses.
 */
export function choosePack(value: string | undefined): ChosenPack {
  if (value === undefined) return { pack: DEFAULT_PACK, file: null };
  const builtIn = findPack(value);
  if (builtIn) return { pack: builtIn, file: null };
  let text: string;
  try {
    text = readFileSync(value, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !/[./\\]/.test(value))
      throw new PackOptionError(
        `未知的政策包“${value}”；内置政策包：${builtInIds()}（也可给出政策包 JSON 文件的路径）`,
        `unknown policy pack "${value}"; built in: ${builtInIds()} (or give the path of a pack JSON file)`,
      );
    throw new PackOptionError(
      `无法读取政策包文件 ${value}`,
      `cannot read the pack file ${value}: ${(e as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new PackOptionError(
      `政策包文件 ${value} 不是有效的 JSON`,
      `the pack file ${value} is not valid JSON: ${(e as Error).message}`,
    );
  }
  const v = validatePack(json);
  if (!v.ok)
    throw new PackOptionError(
      `政策包文件 ${value} 有 ${v.errors.length} 处错误：`,
      `the pack file ${value} has ${v.errors.length} problem(s):`,
      v.errors,
    );
  return { pack: v.pack, file: value };
}

/** The lines of a `PackOptionError`: the summary in both languages, then each error by its path. */
export function packErrorLines(e: PackOptionError): string[] {
  return [e.zh, e.en, ...e.errors.map((x) => `  ${formatPackError(x)}`)];
}

/** One pack as a row of `huinong packs`. */
export interface PackRow {
  readonly id: string;
  readonly county: string;
  readonly year: string;
  readonly period: string;
  readonly name: string;
  /** "内置 built-in", or the file */
  readonly source: string;
}

export function packRow(c: ChosenPack): PackRow {
  const p = c.pack;
  return {
    id: p.id,
    county: p.county ? `${p.county.zh} ${p.county.en}` : `${p.home.county}`,
    year: p.year === undefined ? p.dates.from.slice(0, 4) : String(p.year),
    period: `${p.dates.from} – ${p.dates.to}`,
    name: p.name.zh,
    source: c.file ?? '内置 built-in',
  };
}

/** `huinong packs`: a table of the built-in packs and the file packs given, one line each. */
export function packsTable(extra: readonly ChosenPack[]): string {
  const rows = [...builtInPacks.map((pack) => packRow({ pack, file: null })), ...extra.map(packRow)];
  const head: PackRow = {
    id: '编号 id',
    county: '县（市、区） county',
    year: '年度 year',
    period: '执行期 period',
    name: '方案 plan',
    source: '来源 source',
  };
  const keys = ['id', 'county', 'year', 'period', 'source', 'name'] as const;
  const width = (k: (typeof keys)[number]) => Math.max(...[head, ...rows].map((r) => displayWidth(r[k])));
  const line = (r: PackRow) =>
    keys
      .map((k, i) => (i === keys.length - 1 ? r[k] : r[k] + ' '.repeat(width(k) - displayWidth(r[k]))))
      .join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

/** Columns on a terminal: a Chinese character takes two. */
function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\uFFFF]/.test(ch) && !/[\u2000-\u206F]/.test(ch) ? 2 : 1;
  return n;
}
