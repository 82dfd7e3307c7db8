import type { Text } from '../core/i18n.ts';
import type { GroupMatch } from '../pack/pack.schema.ts';
import type { Subject } from '../schemas/subject.schema.ts';

export type GroupOutcome = 'pass' | 'fail' | 'missing';

/**
 * Whether a household is of a group: its category, monitored type, 零就业 and the pack's facts
 * (风险已消除, 稳定脱贫户). What the group names and the household lacks — a fact, the monitored
 * type, whether it is 零就业 — is `missing`, never a silent no; a known mismatch is `fail`.
 * This is a pure function.
 */
export function matchGroup(g: GroupMatch, subject: Subject): GroupOutcome {
  if (subject.kind !== 'household' || g.category !== subject.category) return 'fail';
  let missing = false;
  if (g.monitoredTypes !== undefined) {
    if (subject.monitoredType === undefined) missing = true;
    else if (!g.monitoredTypes.includes(subject.monitoredType)) return 'fail';
  }
  if (g.zeroEmployment !== undefined) {
    if (subject.zeroEmployment === undefined) missing = true;
    else if (subject.zeroEmployment !== g.zeroEmployment) return 'fail';
  }
  if (g.facts) {
    for (const key in g.facts) {
      const v = subject.facts?.[key];
      if (v === undefined) missing = true;
      else if (v !== g.facts[key]) return 'fail';
    }
  }
  return missing ? 'missing' : 'pass';
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
