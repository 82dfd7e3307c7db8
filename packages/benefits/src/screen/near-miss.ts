import type { Lang } from '../core/i18n.ts';
import type { NearMiss } from '../core/result.ts';
import type { TraceEntry } from '../core/trace.ts';
import type { Evaluation } from '../machine/checks.ts';
import { formatQuantity, formatShortfall } from '../render/format.ts';

/** "面积 0.4 亩 / 0.5 亩": the value found against the threshold. */
function progress(entry: TraceEntry, lang: Lang): string {
  return `${entry.label[lang]} ${formatQuantity(entry.value ?? '0', entry.unit, lang)} / ${formatQuantity(entry.threshold ?? '0', entry.unit, lang)}`;
}

/**
 * What is missing to qualify, from the check that failed: "差 1 头" for a quantity, "需：依法注册登记"
 * for a yes/no. Rendered from the trace entry, never written by hand. This is a pure function.
 */
export function nearMissOf(stop: Evaluation): NearMiss | null {
  const { entry } = stop;
  if (stop.outcome !== 'fail') return null;
  if (stop.shortfall !== undefined) {
    return {
      condition: entry.condition,
      shortfall: stop.shortfall,
      unit: stop.shortfallUnit ?? entry.unit,
      message: {
        zh: `${formatShortfall(stop.shortfall, stop.shortfallUnit ?? entry.unit, 'zh')}（${progress(entry, 'zh')}）`,
        en: `${formatShortfall(stop.shortfall, stop.shortfallUnit ?? entry.unit, 'en')} (${progress(entry, 'en')})`,
      },
    };
  }
  if (entry.op === 'attest') {
    return {
      condition: entry.condition,
      shortfall: null,
      unit: null,
      message: { zh: `需：${entry.label.zh}`, en: `needs: ${entry.label.en}` },
    };
  }
  return null;
}
