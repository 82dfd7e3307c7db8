import { useMessages } from '../i18n/i18n.tsx';

/**
 * The 项目估算 form's own words, Chinese first, beside the view's texts in rules/messages.ts. The
 * fields, units, help and clauses come from the pack.
 */
export const projectMessages = {
  'projects.design': {
    zh: '设计指标（选填，对照方案的设计要求检查）',
    en: 'Design figures (optional, checked against the plan)',
  },
  'projects.groupOption': {
    zh: '{label}（{clause}，按{by}适用标准）',
    en: '{label} ({clause}, standard by {by})',
  },
  'projects.cannot': { zh: '无法估算：', en: 'Cannot estimate:' },
  'projects.checks': { zh: '条件与设计检查', en: 'Conditions and design checks' },
  'projects.yes': { zh: '是', en: 'Yes' },
  'projects.no': { zh: '否', en: 'No' },
  'projects.choose': { zh: '请选择', en: 'Choose' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ProjectMessageKey = keyof typeof projectMessages;

/** `t` for the 项目估算 form's own words. */
export function useProjectText() {
  return useMessages(projectMessages);
}
