/**
 * The projects of `huinong estimate FILE`: a JSON file (one project, an array, or
 * `{ "projects": [...] }`) or a project list as a county keeps it, an .xlsx workbook or a CSV file
 * with a header row (标准 / standard, 数量 / quantity, 预算 / budget, 项目名称 / name, and the fields
 * the pack's project standards declare, by their key or label: 跨度 / span, 路基宽 / roadbedWidth…;
 * other columns such as 镇 or 村 are passed over). Hidden sheets are never read: what nobody sees
 * in Excel is not estimated. A file that cannot be used throws `EstimateFileError` (exit code 2).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { closestName, type PolicyPack, type Text } from '@huinong/benefits';
import {
  type CellValue,
  columnLetter,
  decodeCsv,
  formatOf,
  LimitError,
  limitText,
  parseCsv,
  ROSTER_LIMITS,
  XlsxReader,
  ZipError,
} from '@huinong/roster';
import {
  type EstimateProblem,
  fieldLabel,
  type PackField,
  PROJECT_FIELDS,
  packFields,
  type RawProject,
} from './estimate.ts';
import { fileSource, nodeCodec } from './node/codec.ts';

export class EstimateFileError extends Error {
  constructor(readonly text: Text) {
    super(`${text.zh}\n${text.en}`);
  }
}

const fail = (zh: string, en: string): never => {
  throw new EstimateFileError({ zh, en });
};

/** The keys a project of the pack may give: the common ones, then the pack's fields. */
interface Keys {
  readonly all: readonly string[];
  readonly extra: readonly PackField[];
  readonly pack: PolicyPack;
}

function keysOf(pack: PolicyPack): Keys {
  const extra = packFields(pack);
  return { all: [...PROJECT_FIELDS, ...extra.map((f) => f.key)], extra, pack };
}

/** Reads the projects of one file, by its extension; the pack says which fields a project may give. */
export async function readProjectFile(path: string, pack: PolicyPack): Promise<RawProject[]> {
  const format = formatOf(path);
  const keys = keysOf(pack);
  if (format === 'json') return jsonProjects(path, keys);
  if (format === 'xlsx') return xlsxProjects(path, keys);
  if (format === 'csv') return csvProjects(path, keys);
  return fail(
    `项目清单须为 .json、.xlsx 或 .csv 文件：${path}`,
    `a project list is a .json, .xlsx or .csv file: ${path}`,
  );
}

function readBytes(path: string, limit: number, which: 'jsonBytes' | 'csvBytes'): Buffer {
  try {
    if (statSync(path).size > limit) {
      const t = limitText(basename(path), new LimitError(which));
      throw new EstimateFileError(t);
    }
    return readFileSync(path);
  } catch (e) {
    if (e instanceof EstimateFileError) throw e;
    return fail(`无法读取文件 ${path}`, `cannot read ${path}: ${(e as Error).message}`);
  }
}

function pathsOf(keys: Keys, prefix: (key: string) => string): Record<string, string> {
  return Object.fromEntries(keys.all.map((f) => [f, prefix(f)]));
}

// ── JSON ─────────────────────────────────────────────────────────────────────

function jsonProjects(path: string, keys: Keys): RawProject[] {
  const file = basename(path);
  let input: unknown;
  try {
    input = JSON.parse(readBytes(path, ROSTER_LIMITS.jsonBytes, 'jsonBytes').toString('utf8'));
  } catch (e) {
    if (e instanceof EstimateFileError) throw e;
    return fail(`${file} 不是有效的 JSON`, `${file} is not valid JSON: ${(e as Error).message}`);
  }
  const wrapped =
    input !== null && typeof input === 'object' && !Array.isArray(input) && 'projects' in input
      ? (input as { projects: unknown }).projects
      : input;
  if (wrapped !== input && !Array.isArray(wrapped))
    fail(`${file}：projects 应为项目的数组`, `${file}: projects must be an array of projects`);
  const list = Array.isArray(wrapped) ? wrapped : [wrapped];
  const many = Array.isArray(wrapped);
  const base = wrapped === input ? '' : 'projects';
  if (list.length === 0) fail(`${file} 中没有项目`, `${file} holds no projects`);
  return list.map((item, i): RawProject => {
    const at = many ? `${base}[${i}]` : '';
    const where: Text = many
      ? { zh: `${file} 第${i + 1}项`, en: `${file} #${i + 1}` }
      : { zh: file, en: file };
    const paths = pathsOf(keys, (f) => (at ? `${at}.${f}` : f));
    if (item === null || typeof item !== 'object' || Array.isArray(item))
      return {
        where,
        paths,
        values: {},
        refused: true,
        problems: [
          {
            where,
            path: at || '$',
            field: { zh: '项目', en: 'project' },
            message: {
              zh: '应为对象，如 {"standard": "…", "quantity": 2.5, "budget": 1200000}',
              en: 'must be an object such as {"standard": "…", "quantity": 2.5, "budget": 1200000}',
            },
          },
        ],
      };
    const known = new Set<string>(keys.all);
    const values: Record<string, unknown> = {};
    const problems: EstimateProblem[] = [];
    for (const [k, v] of Object.entries(item)) {
      if (known.has(k)) values[k] = v;
      else {
        const near = closestName(k, keys.all);
        problems.push({
          where,
          path: at ? `${at}.${k}` : k,
          field: { zh: k, en: k },
          message: {
            zh: `未知字段${near ? `（是否为 ${near}？）` : ''}；可用字段：${keys.all.join('、')}`,
            en: `unknown field${near ? ` (did you mean ${near}?)` : ''}; the fields are ${keys.all.join(', ')}`,
          },
        });
      }
    }
    return { where, paths, values, problems };
  });
}

// ── project lists: .xlsx and CSV ─────────────────────────────────────────────

/** Headers of the common fields, compared without spaces, case, full-width forms or a unit in brackets. */
const HEADERS: Record<string, readonly string[]> = {
  name: ['项目名称', '名称', '项目', 'name', 'project'],
  standard: ['标准', '标准编号', '造价标准', '项目类型', '类型', 'standard', 'standardid'],
  quantity: ['数量', '工程量', '建设规模', '规模', 'quantity'],
  budget: ['预算', '预算金额', '项目预算', '投资', '预算投资', '总投资', 'budget'],
};

const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
/** "预算（元）" → "预算": the unit in brackets is not part of the name */
const bare = (s: string): string => fold(s).replace(/\(.*?\)$/, '');

function fieldOfHeader(v: CellValue | undefined, keys: Keys): string | null {
  if (typeof v !== 'string') return null;
  const h = bare(v);
  for (const f of PROJECT_FIELDS) if (HEADERS[f]?.includes(h)) return f;
  for (const f of keys.extra) if (f.headers.some((x) => bare(x) === h)) return f.key;
  return null;
}

type Row = { readonly row: number; readonly cells: readonly (CellValue | undefined)[] };

const HEADER_SCAN_ROWS = 20;

/**
 * The projects of one table (a sheet or a CSV file): the header is the first of its first rows
 * naming a 标准 / standard column; a row repeating the headers (the English keys under the
 * Chinese ones) and blank rows are passed over. `cells` are 1-based. Null when there is no header.
 */
function tableProjects(
  file: string,
  sheet: string | null,
  rows: readonly Row[],
  keys: Keys,
): RawProject[] | null {
  const headerAt = rows
    .slice(0, HEADER_SCAN_ROWS)
    .findIndex((r) => r.cells.some((c) => fieldOfHeader(c, keys) === 'standard'));
  if (headerAt < 0) return null;
  const header = rows[headerAt] as Row;
  const columns = new Map<string, number>();
  header.cells.forEach((c, col) => {
    const f = fieldOfHeader(c, keys);
    if (f && !columns.has(f)) columns.set(f, col);
    // a budget written in 万元 would be read as yuan, ten thousand times too small
    if (f === 'budget' && typeof c === 'string' && /万元/.test(c))
      fail(
        `${file}${sheet ? `「${sheet}」` : ''} ${columnLetter(col)}列「${c}」以万元填写：预算请以元填写（如 1200000）`,
        `${file}${sheet ? ` sheet ${sheet}` : ''} column ${columnLetter(col)} "${c}" is in 万元 (10,000 yuan): give the budget in yuan (e.g. 1200000)`,
      );
  });
  const out: RawProject[] = [];
  for (const r of rows.slice(headerAt + 1)) {
    const values: Record<string, unknown> = {};
    const problems: EstimateProblem[] = [];
    let blank = true;
    let again = true;
    const where: Text = {
      zh: `${file}${sheet ? `「${sheet}」` : ''}第${r.row}行`,
      en: `${file}${sheet ? ` sheet ${sheet}` : ''} row ${r.row}`,
    };
    const paths = pathsOf(keys, (f) => {
      const col = columns.get(f);
      const cell = col === undefined ? `row ${r.row}` : `${columnLetter(col)}${r.row}`;
      return sheet ? `${sheet}!${cell}` : cell;
    });
    for (const [f, col] of columns) {
      const c = r.cells[col];
      if (c === undefined || c === null || (typeof c === 'string' && !c.trim())) continue;
      blank = false;
      if (fieldOfHeader(c, keys) !== f) again = false;
      if (typeof c === 'object') {
        const formula = 'formula' in c;
        problems.push({
          where,
          path: paths[f] ?? f,
          field: fieldLabel(f, null, keys.pack),
          message: formula
            ? {
                zh: `${columnLetter(col)}列是没有保存计算结果的公式（=${c.formula}）：请在 Excel 中打开并保存，或填写数值`,
                en: `column ${columnLetter(col)} is a formula saved without its value (=${c.formula}): open and save the file in Excel, or type the value`,
              }
            : {
                zh: `${columnLetter(col)}列是错误值 ${(c as { error: string }).error}`,
                en: `column ${columnLetter(col)} holds the error ${(c as { error: string }).error}`,
              },
        });
        continue;
      }
      values[f] = c;
    }
    if (blank || again) continue;
    out.push({ where, paths, values, problems });
  }
  return out;
}

function noHeader(file: string, hidden: boolean): never {
  return fail(
    `${file} 中找不到项目清单的表头（须有“标准”列，以及“数量”“预算”列）${hidden ? '；隐藏的工作表不读取' : ''}`,
    `${file} has no project list header (a "标准" / standard column, with 数量 / quantity and 预算 / budget)${hidden ? '; hidden sheets are not read' : ''}`,
  );
}

async function xlsxProjects(path: string, keys: Keys): Promise<RawProject[]> {
  const file = basename(path);
  const out: RawProject[] = [];
  let found = false;
  let hidden = false;
  try {
    const reader = await XlsxReader.open(fileSource(path), { codec: nodeCodec });
    for (const sheet of reader.sheets) {
      if (sheet.hidden) {
        hidden = true;
        continue;
      }
      const rows: Row[] = [];
      for await (const r of reader.rows(sheet)) rows.push(r);
      const projects = tableProjects(file, sheet.name, rows, keys);
      if (projects) {
        found = true;
        out.push(...projects);
      }
    }
  } catch (e) {
    if (e instanceof EstimateFileError) throw e;
    if (e instanceof LimitError) throw new EstimateFileError(limitText(file, e));
    if (e instanceof ZipError && e.problem === 'ole')
      fail(
        `${file} 是旧版 .xls 文件或加密的工作簿：请在 Excel 中另存为 .xlsx（不加密）后再试`,
        `${file} is an old .xls file or an encrypted workbook: save it as .xlsx (unencrypted) and try again`,
      );
    if (e instanceof ZipError)
      fail(`${file} 不是有效的 .xlsx 文件`, `${file} is not a valid .xlsx file: ${e.message}`);
    fail(`无法读取 ${file}`, `cannot read ${file}: ${(e as Error).message}`);
  }
  if (!found) noHeader(file, hidden);
  if (out.length === 0) fail(`${file} 中没有项目`, `${file} holds no projects`);
  return out;
}

function csvProjects(path: string, keys: Keys): RawProject[] {
  const file = basename(path);
  const { text } = decodeCsv(readBytes(path, ROSTER_LIMITS.csvBytes, 'csvBytes'));
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (e) {
    return fail(`${file} 不是有效的 CSV 文件`, `${file} is not a valid CSV file: ${(e as Error).message}`);
  }
  // 1-based cells, as in a worksheet
  const rows: Row[] = records.map((cells, i) => ({ row: i + 1, cells: [undefined, ...cells] }));
  const projects = tableProjects(file, null, rows, keys);
  if (!projects) return noHeader(file, false);
  if (projects.length === 0) fail(`${file} 中没有项目`, `${file} holds no projects`);
  return projects;
}
