import type { Text } from '../core/i18n.ts';
import type { GroupMatch } from '../pack/pack.schema.ts';
import type { Subject } from '../schemas/subject.schema.ts';

export type GroupOutcome = 'pass' | 'fail' | 'missing';

/**
 * Whether a household is of a group: its category, monitored type, 零就业 and the pack's facts
 * (风险已消除, 稳定脱贫户). A fact the group names and the household lacks is `missing`.
 * This is a pure function.
 */
export function matchGroup(g: GroupMatch, subject: Subject): GroupOutcome {
  if (subject.kind !== 'household' || g.category !== subject.category) return 'fail';
  if (g.monitoredTypes !== undefined) {
    if (subject.monitoredType === undefined || !g.monitoredTypes.includes(subject.monitoredType))
      return 'fail';
  }
  if (g.zeroEmployment !== undefined && (subject.zeroEmployment ?? false) !== g.zeroEmployment) return 'fail';
  if (g.facts) {
    let missing = false;
    for (const key in g.facts) {
      const v = subject.facts?.[key];
      if (v === undefined) missing = true;
      else if (v !== g.facts[key]) return 'fail';
    }
    if (missing) return 'missing';
  }
  return 'pass';
}

/** The first group a household is of; `missing` when no group matches and a fact is lacking. */
export function firstGroup<G extends { group: GroupMatch }>(
  groups: readonly G[],
  subject: Subject,
): { outcome: GroupOutcome; match: G | null } {
  let missing = false;
  for (const g of groups) {
    const o = matchGroup(g.group, subject);
    if (o === 'pass') return { outcome: 'pass', match: g };
    if (o === 'missing') missing = true;
  }
  return { outcome: missing ? 'missing' : 'fail', match: null };
}

/** The fact keys the groups read, so that a memo of the subject check can include them. */
export function factKeysOf(groups: readonly GroupMatch[]): string[] {
  const keys = new Set<string>();
  for (const g of groups) for (const k in g.facts ?? {}) keys.add(k);
  return [...keys];
}

export function groupsText(groups: readonly { label: Text }[], lang: 'zh' | 'en'): string {
  return groups.map((g) => g.label[lang]).join(lang === 'zh' ? '、' : ', ');
}
