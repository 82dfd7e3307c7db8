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
  | 'warning'
  | 'hidden-sheet'
  | 'header'
  | 'merged-cells'
  | 'review'
  | 'privacy'
  | 'duplicate-loan';

export const ISSUE_LABELS: Record<IssueKind, Text> = {
  rejected: { zh: '数据错误', en: 'rejected' },
  'duplicate-household': { zh: '重复户编号', en: 'duplicate household' },
  'duplicate-person': { zh: '重复人员', en: 'duplicate person' },
  'not-linked': { zh: '找不到所属户', en: 'not linked' },
  'not-screened': { zh: '未筛查', en: 'not screened' },
  'once-per-year': { zh: '每年一次', en: 'once per year' },
  warning: { zh: '提示', en: 'note' },
  'hidden-sheet': { zh: '隐藏的工作表', en: 'hidden sheet' },
  header: { zh: '表头', en: 'header' },
  'merged-cells': { zh: '合并单元格', en: 'merged cells' },
  review: { zh: '需核实', en: 'check before paying' },
  privacy: { zh: '隐私', en: 'privacy' },
  'duplicate-loan': { zh: '重复贷款', en: 'duplicate loan' },
};

/** What a 公示名单 shows, as the county chose: the bank account (masked) or not, names in full or masked. */
export interface PublicityChoice {
  /** default `hidden`: an account is not needed to object to an award */
  readonly account?: 'hidden' | 'masked';
  /** default `full`: the list is how villagers see who is paid; `masked` shows 张*国 */
  readonly name?: 'full' | 'masked';
}

/** The footnote of 公示名单 (Process and publicity, standards.md). */
export function publicityNote(
  mask: { readonly head: number; readonly tail: number },
  choice: PublicityChoice = {},
): string {
  const shown = choice.account === 'masked' ? '身份证号、银行账号' : '身份证号';
  const name = choice.name === 'masked' ? '姓名只显示首尾字；' : '';
  return `公示说明：村级、镇级公示期一般为5–7天，县级公告公示不少于10天（国开办发〔2017〕50号）；${name}${shown}仅显示前${mask.head}位和后${mask.tail}位${choice.account === 'masked' ? '' : '，不公示银行账号'}。对公示内容有异议的，请在公示期内向村委会或镇（街道）反映。`;
}
