import { useMessages } from '../i18n/i18n.tsx';

/**
 * The interface texts of the rule pages and the 项目估算 view, Chinese first. They load with the
 * views' chunk, not on the first visit. Texts of the policy (titles, clauses, conditions) come from
 * the pack.
 */
export const rulesMessages = {
  'rules.title': { zh: '补助标准', en: 'Award standards' },
  'rules.indexIntro': {
    zh: '本方案的全部补助标准，按条款排列；点击标准查看条款原文、条件、金额和测算示例。',
    en: 'Every standard of this plan, by clause; open one for its text, conditions, award and a worked example.',
  },
  'rules.pack': { zh: '政策方案', en: 'Policy pack' },
  'rules.packPeriod': { zh: '执行期', en: 'In force' },
  'rules.loading': { zh: '正在载入政策方案…', en: 'Loading the policy pack…' },
  'rules.unknownPack': { zh: '没有名为“{id}”的政策方案。', en: 'There is no policy pack “{id}”.' },
  'rules.unknownStandard': {
    zh: '方案“{pack}”中没有标准“{id}”。',
    en: 'The pack “{pack}” has no standard “{id}”.',
  },
  'rules.allPacks': { zh: '内置政策方案', en: 'Built-in policy packs' },
  'rules.backToIndex': { zh: '返回本方案全部标准', en: 'All standards of this plan' },
  'rules.colClause': { zh: '条款', en: 'Clause' },
  'rules.colStandard': { zh: '标准', en: 'Standard' },
  'rules.colWho': { zh: '申请主体', en: 'Who may claim' },
  'rules.colAward': { zh: '补助', en: 'Award' },
  'rules.standardsCaption': { zh: '{pack}的补助标准（{n} 项）', en: 'Standards of {pack} ({n})' },
  'rules.limits': { zh: '合计限额与不重复享受', en: 'Caps and exclusions' },
  'rules.noLimits': {
    zh: '本方案没有跨标准的限额或排除规定。',
    en: 'This plan has no caps or exclusions across standards.',
  },
  'rules.clause': { zh: '条款', en: 'Clause' },
  'rules.quote': { zh: '条款原文', en: 'Text of the clause' },
  'rules.summary': { zh: '摘要', en: 'summary' },
  'rules.summaryNote': {
    zh: '此处为方案条款的摘要，不是原文逐字引用。',
    en: 'This is a summary of the clause, not its verbatim text.',
  },
  'rules.who': { zh: '申请主体', en: 'Who may claim' },
  'rules.rates': { zh: '按类别的补助标准', en: 'Rates by group' },
  'rules.reads': { zh: '所需信息', en: 'What it reads' },
  'rules.readsActivity': { zh: '申报项目：{name}', en: 'Activity: {name}' },
  'rules.readsMember': { zh: '家庭成员的：{name}', en: "A member's: {name}" },
  'rules.readsSubject': { zh: '申请主体的：{name}', en: "The applicant's: {name}" },
  'rules.readsProject': {
    zh: '项目：长度、面积或座数，以及预算',
    en: 'The project: its length, area or seats, and its budget',
  },
  'rules.colField': { zh: '信息', en: 'Field' },
  'rules.colType': { zh: '类型', en: 'Type' },
  'rules.colUnit': { zh: '单位', en: 'Unit' },
  'rules.conditions': { zh: '条件', en: 'Conditions' },
  'rules.noConditions': {
    zh: '方案对此标准未设数量门槛。',
    en: 'The plan sets no threshold for this standard.',
  },
  'rules.planWords': { zh: '原文：', en: 'Plan: ' },
  'rules.award': { zh: '补助金额', en: 'Award' },
  'rules.limitsOfStandard': { zh: '限额与排除', en: 'Caps and exclusions' },
  'rules.limitTrigger': {
    zh: '享受本标准后，以下标准不再享受：',
    en: 'When this standard is awarded, these are not paid:',
  },
  'rules.limitOver': { zh: '适用标准：', en: 'Applies to: ' },
  'rules.dates': { zh: '执行期', en: 'In force' },
  'rules.notes': { zh: '说明（方案未写明之处）', en: 'Notes (where the plan is unclear)' },
  'rules.sources': { zh: '依据文件', en: 'Sources' },
  'rules.example': { zh: '测算示例', en: 'Worked example' },
  'rules.exampleIntro': {
    zh: '按各项条件恰好达到门槛构造一户，由测算引擎计算（测算日 {asOf}）：',
    en: 'A subject at each threshold, screened by the engine (as of {asOf}):',
  },
  'rules.exampleGroup': { zh: '类别：{group}', en: 'Group: {group}' },
  'rules.exampleInputs': { zh: '示例填写', en: 'Inputs of the example' },
  'rules.exampleResult': { zh: '测算结果', en: 'Result' },
  'rules.exampleTrace': { zh: '逐项核对', en: 'Checks' },
  'rules.exampleAdjusted': { zh: '合计限额调整后：{total}', en: 'After caps: {total}' },
  'rules.exampleNone': { zh: '无测算示例', en: 'No worked example' },
  'rules.exampleProject': {
    zh: '工程造价标准不按户测算；以下为 1 个单位的项目估算：',
    en: 'A cost standard is not screened per household; this is the estimate of one unit of project:',
  },
  'rules.exampleProjectLink': { zh: '在“项目估算”中测算预算', en: 'Check a budget in the project estimate' },
  'rules.why.threshold': { zh: '条件门槛', en: 'threshold' },
  'rules.why.ratio': { zh: '由比率条件推算', en: 'from the ratio' },
  'rules.why.difference': { zh: '由差额条件推算', en: 'from the difference' },
  'rules.why.months': { zh: '恰好满足月数', en: 'just enough months' },
  'rules.why.date': { zh: '日期门槛', en: 'date threshold' },
  'rules.why.attested': { zh: '确认', en: 'attested' },
  'rules.why.choice': { zh: '符合的选项', en: 'a qualifying choice' },
  'rules.why.minimum': { zh: '最小数量', en: 'smallest quantity' },
  'rules.why.ceiling': { zh: '恰好达到上限', en: 'just at the ceiling' },
  'rules.why.cap': { zh: '贴息上限', en: 'subsidised cap' },
  'rules.why.illustrative': { zh: '示例取值（方案未设门槛）', en: 'illustrative (no threshold in the plan)' },
  'rules.yes': { zh: '是', en: 'yes' },
  'rules.no': { zh: '否', en: 'no' },
  'rules.eligible': { zh: '符合', en: 'eligible' },
  'rules.ineligible': { zh: '不符合', en: 'not eligible' },
  'rules.needsInformation': { zh: '需补充信息', en: 'needs information' },
  'rules.range': { zh: '造价范围', en: 'Cost range' },
  'rules.type.quantity': { zh: '数量', en: 'quantity' },
  'rules.type.count': { zh: '整数', en: 'whole number' },
  'rules.type.money': { zh: '金额', en: 'money' },
  'rules.type.rate': { zh: '比例', en: 'rate' },
  'rules.type.yesno': { zh: '是/否', en: 'yes/no' },
  'rules.type.text': { zh: '文字', en: 'text' },
  'rules.type.date': { zh: '日期', en: 'date' },
  'rules.type.choice': { zh: '选项', en: 'choice' },

  'projects.title': { zh: '项目估算', en: 'Project estimate' },
  'projects.intro': {
    zh: '按方案的基础设施项目造价标准，核对项目预算是否在标准范围内。',
    en: "Check a project's budget against the plan's cost standard for infrastructure.",
  },
  'projects.none': {
    zh: '方案“{pack}”没有基础设施项目造价标准。',
    en: 'The pack “{pack}” has no infrastructure cost standard.',
  },
  'projects.type': { zh: '项目类型', en: 'Type of project' },
  'projects.budget': { zh: '预算', en: 'Budget' },
  'projects.wan': { zh: '万元', en: '10k yuan' },
  'projects.budgetHint': { zh: '以万元填写，如 150 即 150 万元。', en: 'In 10k yuan: 150 is ¥1,500,000.' },
  'projects.invalid': { zh: '请填写不小于 0 的数字', en: 'Enter a number, 0 or more' },
  'projects.wholeNumber': { zh: '请填写整数', en: 'Enter a whole number' },
  'projects.result': { zh: '估算结果', en: 'Estimate' },
  'projects.fill': {
    zh: '填写项目规模后显示造价范围。',
    en: 'Enter the size of the project to see its cost range.',
  },
  'projects.perUnit': { zh: '标准', en: 'Standard' },
  'projects.range': { zh: '造价范围', en: 'Cost range' },
  'projects.verdict.below': { zh: '低于标准', en: 'Below the standard' },
  'projects.verdict.within': { zh: '在标准范围内', en: 'Within the standard' },
  'projects.verdict.above': { zh: '高于标准', en: 'Above the standard' },
  'projects.noBudget': {
    zh: '填写预算后判断是否在标准范围内。',
    en: 'Enter the budget to judge it against the range.',
  },
  'projects.noNumber': {
    zh: '方案对此类项目未给出造价数额，预算由审核确定。',
    en: 'The plan gives no cost figure for this kind of project: the budget is decided by review.',
  },
  'projects.rule': { zh: '查看条款与标准', en: 'The clause and its standard' },
  'projects.average': { zh: '平均', en: 'average' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type RulesMessageKey = keyof typeof rulesMessages;

/** `t` for the rule pages and the 项目估算 view, on the app's language switch. */
export function useRulesText() {
  return useMessages(rulesMessages);
}
