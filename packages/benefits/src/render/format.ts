import type { Lang } from '../core/i18n.ts';
import { Dec } from '../core/money.ts';
import { unitText } from '../core/units.ts';

/** A quantity with its unit, in the reader's language ("50 亩", "85%", "1 head"). */
export function formatQuantity(value: string, unit: string | null, lang: Lang): string {
  if (unit === 'rate') return `${new Dec(value).times(100).toFixed()}%`;
  const u = unitText(unit)[lang];
  if (!u) return value;
  return lang === 'zh' ? `${value} ${u}` : `${value} ${u}`;
}

/** A shortfall with its unit: "差 1 头" / "1 more head", "差 5 个百分点" / "5 more percentage points". */
export function formatShortfall(value: string, unit: string | null, lang: Lang): string {
  if (unit === 'rate') {
    const pts = new Dec(value).times(100).toFixed();
    return lang === 'zh' ? `差 ${pts} 个百分点` : `${pts} more percentage points`;
  }
  const u = unitText(unit)[lang];
  return lang === 'zh' ? `差 ${value}${u ? ` ${u}` : ''}` : `${value} more${u ? ` ${u}` : ''}`;
}
