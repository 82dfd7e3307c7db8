import type { Lang } from '../core/i18n.ts';
import { Dec } from '../core/money.ts';
import { unitText } from '../core/units.ts';

const PLAIN = /^\d+(\.\d+)?$/;

/**
 * value × 100 as a plain decimal string, exactly as `new Dec(value).times(100).toFixed()`: for a
 * plain non-negative decimal of ≤ 30 characters ("0.855") the point moves two places ("85.5"), no arithmetic;
 * anything else goes through Decimal.
 */
function timesHundred(value: string): string {
  // (Decimal rounds the product to 40 digits: long strings keep going through it)
  if (value.length > 30 || !PLAIN.test(value)) return new Dec(value).times(100).toFixed();
  const dot = value.indexOf('.');
  const int = dot < 0 ? value : value.slice(0, dot);
  const frac = dot < 0 ? '' : value.slice(dot + 1);
  const digits = `${int}${frac.padEnd(2, '0')}`;
  const cut = int.length + 2;
  const whole = digits.slice(0, cut).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(cut).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

/** A quantity with its unit, in the reader's language ("50 亩", "85%", "1 head"). */
export function formatQuantity(value: string, unit: string | null, lang: Lang): string {
  if (unit === 'rate') return `${timesHundred(value)}%`;
  const u = unitText(unit)[lang];
  if (!u) return value;
  return lang === 'zh' ? `${value} ${u}` : `${value} ${u}`;
}

/** English units in the singular, for a shortfall of exactly one ("1 more day", not "1 more days"). */
const SINGULAR: Record<string, string> = {
  days: 'day',
  months: 'month',
  birds: 'bird',
  bags: 'bag',
  boxes: 'box',
  people: 'person',
  households: 'household',
  trees: 'tree',
  frames: 'frame',
  logs: 'log',
  students: 'student',
  'student-years': 'student-year',
};

/** A shortfall with its unit: "差 1 头" / "1 more head", "差 5 个百分点" / "5 more percentage points". */
export function formatShortfall(value: string, unit: string | null, lang: Lang): string {
  if (unit === 'rate') {
    const pts = timesHundred(value);
    return lang === 'zh' ? `差 ${pts} 个百分点` : `${pts} more percentage points`;
  }
  let u = unitText(unit)[lang];
  if (lang === 'en' && value === '1') u = SINGULAR[u] ?? u;
  return lang === 'zh' ? `差 ${value}${u ? ` ${u}` : ''}` : `${value} more${u ? ` ${u}` : ''}`;
}
