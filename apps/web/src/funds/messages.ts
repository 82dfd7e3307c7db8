import { createElement, Fragment, type ReactNode } from 'react';
import { inLang, type Lang, useMessages } from '../i18n/i18n.tsx';

/**
 * The interface texts of the allocation and plan-check views, Chinese first. They live beside the
 * views, not in `i18n/messages.ts`, so that they load with the views' chunk and not on the first
 * visit. Texts about the policy (labels, clauses, check names) come from `@huinong/funds`.
 */
export const fundsMessages = {
  'alloc.title': { zh: '资金分配', en: 'Fund allocation' },
  // whose money: the province and the document the table is from
  'alloc.heading': { zh: '资金分配：山西省（{doc}）', en: 'Fund allocation: Shanxi Province ({doc})' },
  'alloc.document': { zh: '文号', en: 'Document' },
  'alloc.issuer': { zh: '发文单位', en: 'Issued by' },
  'alloc.attachment': { zh: '附件', en: 'Attachment' },
  'alloc.filters': { zh: '筛选', en: 'Filter' },
  'alloc.city': { zh: '市', en: 'City' },
  'alloc.allCities': { zh: '全部市（11个）', en: 'All 11 cities' },
  'alloc.category': { zh: '县类别', en: 'County category' },
  'alloc.allCategories': { zh: '全部类别', en: 'All categories' },
  'alloc.shown': { zh: '显示 {n} 个县（区、市）', en: '{n} counties shown' },
  'alloc.shownWithCommittee': {
    zh: '显示 {n} 个县（区、市）及五台山风景名胜区管委会',
    en: '{n} counties and the Wutaishan scenic-area committee shown',
  },
  'alloc.subtotalFiltered': { zh: '筛选合计', en: 'Filtered total' },
  'alloc.subtotalProvince': { zh: '全省合计', en: 'Province total' },
  'alloc.amount': { zh: '金额', en: 'Amount' },
  'alloc.health': { zh: '其中：健康乡村示范创建', en: 'of which: health-village demonstration' },
  // the attachment's title: quoted in Chinese beside the document, put into English as a heading
  'alloc.tableTitle': {
    zh: '{title}',
    en: '2023 provincial linkage funds for rural revitalization: allocation table',
  },
  'alloc.tableCaption': {
    zh: '{title}（单位：万元）',
    en: '{title} (unit: 10k yuan)',
  },
  'alloc.colName': { zh: '县（区、市）', en: 'County (district, city)' },
  'alloc.colAmount': { zh: '金额（万元）', en: 'Amount (10k yuan)' },
  'alloc.colHealth': { zh: '其中：健康乡村示范创建（万元）', en: 'Of which health villages (10k yuan)' },
  'alloc.colCategory': { zh: '类别（备注）', en: 'Category (remark)' },
  'alloc.citySubtotal': { zh: '{city}小计', en: '{city} subtotal' },
  // in English the category would make the row label three lines long; the filter above names it
  'alloc.cityCategorySubtotal': { zh: '{city}（{category}）小计', en: '{city} subtotal' },
  'alloc.checks': { zh: '合计核对', en: 'Sum checks' },
  'alloc.checksAll': {
    zh: '{n} 项核对全部通过：各市小计等于所列县之和，全省合计等于各市小计之和及全部各行之和。',
    en: 'All {n} checks pass: each city subtotal equals its rows, the province total equals the city subtotals and all rows.',
  },
  'alloc.checksSome': {
    zh: '{n} 项核对中有 {failed} 项不符，见下。',
    en: '{failed} of {n} checks do not add up; see below.',
  },
  'alloc.checkStated': { zh: '文件所列', en: 'stated' },
  'alloc.checkSource': { zh: '所列数字见：', en: 'Stated in: ' },
  'alloc.counties': { zh: '县数', en: 'Counties' },
  'alloc.plusCommittee': {
    zh: '；另列五台山风景名胜区管委会（无类别）',
    en: '; plus the Wutaishan scenic-area committee (no category)',
  },
  'alloc.checkSum': { zh: '各行之和', en: 'sum' },
  'alloc.cityChecks': { zh: '各市小计核对（{n} 个市）', en: 'City subtotals ({n} cities)' },
  'alloc.cityChecksCaption': {
    zh: '各市小计（文件所列）与所列县之和，单位：万元',
    en: 'Each city subtotal (stated) and the sum of its rows, 10k yuan',
  },
  'alloc.colCity': { zh: '市', en: 'City' },
  'alloc.pass': { zh: '相符', en: 'adds up' },
  'alloc.fail': { zh: '不符', en: 'does not add up' },
  'alloc.charts': { zh: '图表', en: 'Charts' },
  'alloc.chartByCity': { zh: '各市金额', en: 'Amount by city' },
  'alloc.chartByCityIn': { zh: '各市金额（{category}）', en: 'Amount by city ({category})' },
  'alloc.chartByCategory': { zh: '{place}各类别县金额', en: 'Amount by category, {place}' },
  'alloc.province': { zh: '全省', en: 'Shanxi' },
  'alloc.chartSummary': {
    zh: '最多：{top}，{topAmount} 万元；最少：{bottom}，{bottomAmount} 万元；合计 {total} 万元。',
    en: 'Largest: {top}, {topAmount}; smallest: {bottom}, {bottomAmount}; total {total} (10k yuan).',
  },
  'alloc.chartTable': { zh: '以表格查看图表数据', en: 'Show the chart as a table' },
  'alloc.legend': { zh: '图例', en: 'Legend' },
  // the first column of a chart's table: the Chinese keeps the table's header for both charts
  'alloc.chartColCity': { zh: '县（区、市）', en: 'City' },
  'alloc.chartColCategory': { zh: '县（区、市）', en: 'Category' },
  'alloc.colCount': { zh: '县数', en: 'Counties' },
  'alloc.colTotal': { zh: '合计（万元）', en: 'Total (10k yuan)' },
  'alloc.categoryCount': { zh: '{category} {n} 个', en: '{category}: {n}' },
  'alloc.basis': { zh: '数据来源：', en: 'Source: ' },

  'plan.title': { zh: '方案核对', en: 'Plan check' },
  // which county plan is checked: the county and year of the form
  'plan.heading': { zh: '方案核对：{plan}', en: 'Plan check: {plan}' },
  'plan.intro': {
    zh: '填写县级统筹整合财政涉农资金方案（中期调整后）的各项数字，每项规则随填随核。已预填西乡县2023年方案作为示例。',
    en: "Enter the figures of a county's integrated agricultural-funds plan after its mid-year adjustment; each rule is checked as you type. Prefilled with the 西乡 2023 plan as a worked example.",
  },
  'plan.section.plan': { zh: '方案', en: 'Plan' },
  'plan.optional': { zh: '（选填）', en: ' (optional)' },
  'plan.lastYearHint': {
    zh: '不填则“不低于上年占比”一项不适用。',
    en: 'Leave empty and the “not below last year” rule does not apply.',
  },
  'plan.statedShareHint': {
    zh: '按方案原文填写，如 63.5；不填则不核对所列占比。',
    en: 'As the plan states it, e.g. 63.5; leave empty to skip that check.',
  },
  'plan.contentHint': { zh: '减少时填负数，如 -12.5。', en: 'Negative when it reduces, e.g. -12.5.' },
  'plan.restore': { zh: '恢复西乡县2023年示例', en: 'Restore the 西乡 2023 example' },
  'plan.clear': { zh: '清空', en: 'Clear' },
  'plan.results': { zh: '核对结果', en: 'Results' },
  'plan.allPassed': { zh: '方案核对通过', en: 'The plan passes' },
  'plan.someFailed': { zh: '方案有 {n} 项未通过', en: '{n} rules fail' },
  'plan.tally': {
    zh: '{passed} 项通过，{failed} 项未通过，{na} 项不适用',
    en: '{passed} passed, {failed} failed, {na} not applicable',
  },
  'plan.invalid': {
    zh: '有 {n} 处填写需要改正，改正后继续核对：',
    en: '{n} inputs need correcting before the plan can be checked:',
  },
  'plan.barInvalid': { zh: '有 {n} 处填写需要改正', en: '{n} inputs need correcting' },
  'plan.passed': { zh: '通过', en: 'Passed' },
  'plan.failed': { zh: '未通过', en: 'Failed' },
  'plan.na': { zh: '不适用', en: 'Not applicable' },
  'plan.computed': { zh: '推算', en: 'Computed' },
  'plan.expected': { zh: '应', en: 'Expected' },
  'plan.values': { zh: '所用数字', en: 'Figures used' },
  'plan.basis': { zh: '依据：', en: 'Basis: ' },
  'plan.jump': { zh: '查看核对结果', en: 'See the results' },

  // a plan stated by category (西吉县 2025)
  'breakdown.intro': {
    zh: '本县方案按项目类别列出资金：核对各类资金之和、项目个数之和与所列占比。',
    en: "{county}'s plan states its funds by category: the categories must add up, in money and in projects, and the stated share must match.",
  },
  'breakdown.category': { zh: '类别', en: 'Category' },
  'breakdown.projects': { zh: '项目（个）', en: 'Projects' },
  'breakdown.amount': { zh: '资金（万元）', en: 'Funds (10k yuan)' },
  'breakdown.total': { zh: '合计', en: 'Total' },
  'breakdown.passed': { zh: '通过', en: 'passed' },
  'breakdown.failed': { zh: '不通过', en: 'failed' },
  'breakdown.results': { zh: '核对结果', en: 'Results' },
  'breakdown.summary': {
    zh: '{mark}表示惠农对方案的摘录，以正式文件为准。',
    en: "{mark} marks HuiNong's summary of the plan; the official document prevails.",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type FundsMessageKey = keyof typeof fundsMessages;

/**
 * A message with elements for its placeholders, such as a document number marked `lang="zh-CN"`
 * inside an English heading. The text around them is put into the reader's language as `t` does.
 */
export function fillNodes(template: string, lang: Lang, vars: Record<string, ReactNode>): ReactNode[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) =>
      i % 2 === 0 ? inLang(part, lang) : createElement(Fragment, { key: i }, vars[part] ?? `{${part}}`),
    );
}

/** `t` for the funds views, on the app's language switch; `tx` takes elements for placeholders. */
export function useFundsText() {
  const text = useMessages(fundsMessages);
  const tx = (key: FundsMessageKey, vars: Record<string, ReactNode>) =>
    fillNodes(fundsMessages[key][text.lang], text.lang, vars);
  return { ...text, tx };
}
