import type { Lang } from '../core/i18n.ts';
import type { ScreenResult } from '../core/result.ts';
import { formatYuan } from '../format/yuan.ts';
import { explainLine } from './line.ts';

/** The whole result as plain text lines (for a terminal or a log): lines, adjustments, notes, total. */
export function explainResult(result: ScreenResult, lang: Lang): string[] {
  const out = result.lines.map((l) => explainLine(l, lang));
  for (const a of result.adjustments) out.push(a.message[lang]);
  for (const n of result.notes) out.push(`※ ${n.message[lang]}`);
  out.push(lang === 'zh' ? `合计 ${formatYuan(result.total)}` : `Total ${formatYuan(result.total)}`);
  return out;
}
