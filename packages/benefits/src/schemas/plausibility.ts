import type { Text } from '../core/i18n.ts';
import { unitText } from '../core/units.ts';
import type { PolicyPack } from '../pack/pack.schema.ts';
import type { Subject } from './subject.schema.ts';

/** A value the pack's plausibility limit flags for review: accepted, screened, and shown. */
export interface PlausibilityWarning {
  /** dotted path, as for field errors: `activities.0.head` */
  readonly path: string;
  readonly field: Text;
  readonly value: string;
  readonly plausible: string;
  readonly message: Text;
}

const cache = new WeakMap<
  object,
  Map<string, Map<string, { plausible: number; text: string; label: Text; unit?: string }>>
>();

function limitsOf(pack: PolicyPack) {
  let hit = cache.get(pack);
  if (hit) return hit;
  hit = new Map();
  for (const a of pack.inputs.activities) {
    const fields = new Map<string, { plausible: number; text: string; label: Text; unit?: string }>();
    for (const f of a.fields)
      if (f.range?.plausible !== undefined)
        fields.set(f.key, {
          plausible: Number(f.range.plausible),
          text: f.range.plausible,
          label: f.label,
          ...(f.unit ? { unit: f.unit } : {}),
        });
    if (fields.size) hit.set(a.type, fields);
  }
  cache.set(pack, hit);
  return hit;
}

/**
 * The values of a subject above the pack's plausibility limits (`range.plausible`): a household
 * with 3,000 pigs is not refused, but flagged for the caseworker to check before anything is paid.
 * This is a pure function.
 */
export function plausibilityWarnings(subject: Subject, pack: PolicyPack): PlausibilityWarning[] {
  const limits = limitsOf(pack);
  if (limits.size === 0) return [];
  const out: PlausibilityWarning[] = [];
  subject.activities.forEach((a, i) => {
    const fields = limits.get(a.type);
    if (!fields) return;
    for (const [key, lim] of fields) {
      const v = (a as Record<string, unknown>)[key];
      if (typeof v !== 'string' || !(Number(v) > lim.plausible)) continue;
      const u = unitText(lim.unit);
      out.push({
        path: `activities.${i}.${key}`,
        field: lim.label,
        value: v,
        plausible: lim.text,
        message: {
          zh: `${lim.label.zh} ${v}${u.zh ? ` ${u.zh}` : ''} 超过常见上限 ${lim.text}${u.zh ? ` ${u.zh}` : ''}，请核实后再发放`,
          en: `${lim.label.en} ${v}${u.en ? ` ${u.en}` : ''} is above the usual limit of ${lim.text}${u.en ? ` ${u.en}` : ''}: check it before paying`,
        },
      });
    }
  });
  return out;
}
