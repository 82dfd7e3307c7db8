/**
 * The labels of the roster's results that a page shows without the rest of the package: issue
 * kinds and the publicity note. Nothing here runs at load, so a bundle that imports only this
 * (`@huinong/roster/labels`) carries only this.
 */
import type { Text } from '@huinong/benefits';

export type IssueKind =
  | 'rejected'
  | 'duplicate-household'
  | 'duplicate-person'
  | 'not-linked'
  | 'not-screened'
  | 'once-per-year'
  | 'warning';

export const ISSUE_LABELS: Record<IssueKind, Text> = {
  rejected: { zh: '数据错误', en: 'rejected' },
  'duplicate-household': { zh: '重复户编号', en: 'duplicate household' },
  'duplicate-person': { zh: '重复人员', en: 'duplicate person' },
  'not-linked': { zh: '找不到所属户', en: 'not linked' },
  'not-screened': { zh: '未筛查', en: 'not screened' },
  'once-per-year': { zh: '每年一次', en: 'once per year' },
  warning: { zh: '提示', en: 'note' },
};

/** The footnote of 公示名单 (Process and publicity, standards.md). */
export function publicityNote(mask: { readonly head: number; readonly tail: number }): string {
  return `公示说明：村级、镇级公示期一般为5–7天，县级公告公示不少于10天（国开办发〔2017〕50号）；身份证号、银行账号仅显示前${mask.head}位和后${mask.tail}位。对公示内容有异议的，请在公示期内向村委会或镇（街道）反映。`;
}
