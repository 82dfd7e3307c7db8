/**
 * Cell values → the engine's input: Chinese names to codes, 是/否 to booleans, Excel date serials
 * to ISO dates, percentages to rates. Numbers are handed to the engine as decimal strings so that
 * its schemas judge them (and name the field when they are wrong).
 */
import { checkIdNumber, Dec, readDecimal, type Text } from '@huinong/benefits';
import { type Choice, choiceIndex, norm, YES_NO } from './columns.ts';
import type { CellValue } from './xlsx/read.ts';

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: Text };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (zh: string, en: string): Parsed<never> => ({ ok: false, message: { zh, en } });

/** True when a cell holds nothing (empty text counts as nothing). */
export function isBlank(v: CellValue | undefined): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** A number as Excel shows it: 15 significant digits, no binary noise (0.1 + 0.2 → "0.3"). */
export function numberText(n: number): string {
  if (Number.isSafeInteger(n)) return String(n);
  const s = String(Number(n.toPrecision(15)));
  return s.includes('e') ? new Dec(n.toPrecision(15)).toFixed() : s;
}

function errorCell(v: CellValue | undefined): Parsed<never> | null {
  if (v === null || typeof v !== 'object') return null;
  if ('formula' in v)
    return bad(
      `单元格是公式（${v.formula}），但文件中没有它的计算结果：请在 Excel 中打开并保存后再试，或把公式换成数值`,
      `the cell is a formula (${v.formula}) saved without its value: open and save the file in Excel, or replace the formula by its value`,
    );
  return bad(`单元格是错误值 ${v.error}`, `the cell holds the error value ${v.error}`);
}

/** Plain text: trimmed; numbers as Excel shows them; 是/否 for a TRUE/FALSE cell. */
export function text(v: CellValue | undefined): Parsed<string> {
  const e = errorCell(v);
  if (e) return e;
  if (typeof v === 'number') return ok(numberText(v));
  if (typeof v === 'boolean') return ok(v ? '是' : '否');
  return ok(String(v ?? '').trim());
}

const UNIT_SUFFIX =
  /^(.*?)\s*(亩|平方米|平米|㎡|m2|m²|头|只|箱|袋|元|人|户|次|个月|月|株\/亩|株|厘米|cm|%)$/i;
const PLAIN = /^\d+(\.\d+)?$/;

/**
 * A number as typed, read by the engine's `readDecimal`: full-width digits, a comma only as a
 * thousands grouping. A comma that is not one ("1,5": 1.5 or 15?) and magnitudes no roster has are
 * refused here, on the cell; other text goes to the engine as written, which names the field.
 */
function decimalCell(s: string, raw: string): Parsed<string> {
  const r = readDecimal(s);
  if (r.ok) return ok(r.value);
  if (r.problem === 'bad-grouping')
    return bad(
      `“${raw}”：逗号只能用作千位分隔（如 1,500）；小数请用小数点（如 1.5）`,
      `"${raw}": a comma may only group thousands (1,500); write decimals with a point (1.5)`,
    );
  if (r.problem === 'too-large')
    return bad(
      `“${raw.slice(0, 40)}”数值过大，不像是实际数量`,
      `"${raw.slice(0, 40)}" is far too large to be real`,
    );
  return ok(raw);
}

/**
 * A quantity for the engine: a number cell as its decimal text; text with full-width digits made
 * half-width, thousands groupings removed ("1,500" → "1500") and a trailing unit dropped when what
 * is left is a number ("2亩" → "2"); "1,5" refused. Anything else goes to the engine as written,
 * which refuses it naming the field ("三亩").
 */
export function quantity(v: CellValue | undefined): Parsed<string> {
  const e = errorCell(v);
  if (e) return e;
  if (typeof v === 'number') return decimalCell(numberText(v), numberText(v));
  if (typeof v === 'boolean') return ok(String(v));
  const raw = String(v ?? '').trim();
  if (PLAIN.test(raw) && raw.length <= 16) return ok(raw);
  const s = raw.normalize('NFKC').trim();
  const m = UNIT_SUFFIX.exec(s);
  return decimalCell(m ? (m[1] ?? '').trim() : s, raw);
}

/** An amount of money: a quantity, and 5万 / 5万元 / 5.5万 read as ten thousands of yuan. */
export function money(v: CellValue | undefined): Parsed<string> {
  const q = quantity(v);
  if (!q.ok || typeof v !== 'string') return q;
  const m = /^(\d+(?:\.\d+)?)\s*万元?$/.exec(v.normalize('NFKC').trim());
  return m ? ok(new Dec(m[1] as string).times(10000).toFixed()) : q;
}

/** A loan term in whole months: 36, "36个月", or whole years written "3年" (36). */
export function months(v: CellValue | undefined): Parsed<number> {
  const e = errorCell(v);
  if (e) return e;
  const s =
    typeof v === 'number'
      ? numberText(v)
      : String(v ?? '')
          .normalize('NFKC')
          .trim();
  const years = /^(\d{1,2})\s*年$/.exec(s);
  if (years) return ok(Number(years[1]) * 12);
  const m = /^(\d{1,3})\s*(个月|月)?$/.exec(s);
  if (m) return ok(Number(m[1]));
  return bad(`应为整月数，如 36 或“3年”：“${s}”`, `must be a whole number of months, e.g. 36 or 3年: "${s}"`);
}

/** A rate from a number written without "%": at most 1 is a rate, 2–100 a percentage. */
function rateOf(d: InstanceType<typeof Dec>, raw: string): Parsed<string> {
  if (d.lte(1)) return ok(d.toFixed());
  // 1.05: a rate just above 100% or 1.05%? Neither is a survival rate: it is asked again
  if (d.lt(2))
    return bad(
      `比例“${raw}”不明确：比例不能超过100%；如指百分数请写成“${raw}%”`,
      `the rate "${raw}" is ambiguous: a rate is at most 100%; for a percentage write "${raw}%"`,
    );
  return ok(d.div(100).toFixed());
}

/**
 * A rate for the engine (0.85): "85%" and 85 are percentages; a number of at most 1 is already a
 * rate (what a cell formatted as % holds); one between 1 and 2 is refused as ambiguous, and the
 * engine refuses any rate above 1 (100%), however little above.
 */
export function percent(v: CellValue | undefined): Parsed<string> {
  const e = errorCell(v);
  if (e) return e;
  if (typeof v === 'number') {
    const r = decimalCell(numberText(v), numberText(v));
    return r.ok && PLAIN.test(r.value) ? rateOf(new Dec(r.value), r.value) : r;
  }
  const raw = String(v ?? '').trim();
  const s = raw.normalize('NFKC').trim();
  const pct = /^(.*?)\s*%$/.exec(s);
  const r = decimalCell(pct ? (pct[1] ?? '').trim() : s, raw);
  if (!r.ok) return r;
  if (!/^-?\d+(\.\d+)?$/.test(r.value)) return ok(raw);
  const d = new Dec(r.value);
  return pct ? ok(d.div(100).toFixed()) : rateOf(d, r.value);
}

const YES_NO_INDEX = choiceIndex(YES_NO);

/** 是/否 (also 有/无, Y/N, yes/no, TRUE/FALSE, 1/0, √/×). */
export function yesNo(v: CellValue | undefined): Parsed<boolean> {
  const e = errorCell(v);
  if (e) return e;
  if (typeof v === 'boolean') return ok(v);
  const s = typeof v === 'number' ? numberText(v) : String(v ?? '');
  const c = YES_NO_INDEX.get(s) ?? YES_NO_INDEX.get(norm(s));
  if (c) return ok(c.code === 'yes');
  return bad(`应填“是”或“否”，不是“${s.trim()}”`, `must be 是 (yes) or 否 (no), not "${s.trim()}"`);
}

/** One of the choices, by Chinese name, another accepted name or the engine's code. */
export function choice(
  v: CellValue | undefined,
  choices: readonly Choice[],
  index: Map<string, Choice>,
  what: Text,
): Parsed<string> {
  const e = errorCell(v);
  if (e) return e;
  const s = typeof v === 'number' ? numberText(v) : String(v ?? '').trim();
  const c = index.get(s) ?? index.get(norm(s));
  if (c) return ok(c.code);
  return bad(
    `未知的${what.zh}“${s}”；可选：${choices.map((x) => x.zh).join('、')}`,
    `unknown ${what.en} "${s}"; allowed: ${choices.map((x) => `${x.zh} (${x.code})`).join(', ')}`,
  );
}

const _ISO = /^\d{4}-\d{2}-\d{2}$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Excel's day serial (1900 date system, with its phantom 1900-02-29) → ISO date. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const days = Math.floor(serial) - (serial > 59 ? 1 : 0);
  const d = new Date(Date.UTC(1899, 11, 31) + days * 86400000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A date for the engine (YYYY-MM-DD): an Excel date (a serial number), or text written
 * 2023-03-01, 2023/3/1, 2023.3.1, 2023年3月1日 or 20230301. Anything else goes to the engine as
 * written, which refuses it naming the field.
 */
export function date(v: CellValue | undefined): Parsed<string> {
  const e = errorCell(v);
  if (e) return e;
  if (typeof v === 'number') {
    const iso = serialToIso(v);
    return iso ? ok(iso) : bad(`不是有效日期：${numberText(v)}`, `not a real date: ${numberText(v)}`);
  }
  const s = String(v ?? '')
    .normalize('NFKC')
    .trim();
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return ok(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`);
  return ok(s);
}

/** A 户编号 / 主体编号: text; a number cell as its digits (1001, not 1001.0). */
export function id(v: CellValue | undefined): Parsed<string> {
  return text(v);
}

/** A 身份证号, checked (GB 11643) and normalised. A number cell has lost digits in Excel. */
export function idNumber(v: CellValue | undefined, asOf: string): Parsed<string> {
  const e = errorCell(v);
  if (e) return e;
  if (typeof v === 'number')
    return bad(
      '身份证号被存成了数字，Excel 只保留15位有效数字，末几位已丢失：请把该列设为文本后重新录入',
      'the ID number was stored as a number and Excel keeps only 15 significant digits: set the column to text and enter it again',
    );
  const r = checkIdNumber(String(v ?? ''), { asOf });
  return r.ok ? ok(r.value) : { ok: false, message: r.message };
}

/** A bank account: digits only once spaces and hyphens are removed. */
export function account(v: CellValue | undefined): Parsed<string> {
  const e = errorCell(v);
  if (e) return e;
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v) && v >= 0) return ok(String(v));
    return bad(
      '账号被存成了数字，Excel 只保留15位有效数字，末几位已丢失：请把该列设为文本后重新录入',
      'the account was stored as a number and Excel keeps only 15 significant digits: set the column to text and enter it again',
    );
  }
  const s = String(v ?? '')
    .normalize('NFKC')
    .replace(/[\s-]/g, '');
  if (/^\d+$/.test(s)) return ok(s);
  return bad('账号只能包含数字', 'an account number has digits only');
}
