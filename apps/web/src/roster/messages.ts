import { useMessages } from '../i18n/i18n.tsx';

/**
 * The roster view's texts, Chinese first. They load with the view's chunk, not on the first visit.
 * Texts about the policy (standards, clauses, reasons) come from the pack and the engine.
 */
export const rosterMessages = {
  'roster.title': { zh: '名册筛查', en: 'Roster screening' },
  'roster.intro': {
    zh: '上传村（镇）名册，逐户按方案筛查，得出明细、汇总、异常和公示名单，可下载为 Excel 工作簿。',
    en: 'Upload a village (township) roster: every household is screened against the plan, giving the lines, totals, exceptions and the publicity list, downloadable as an Excel workbook.',
  },
  'roster.private': {
    zh: '文件只在本机浏览器中处理，不会上传到任何服务器。',
    en: 'The file is processed in this browser only; nothing is uploaded.',
  },
  'roster.template': { zh: '下载名册模板（.xlsx）', en: 'Download the roster template (.xlsx)' },
  'roster.templateHint': {
    zh: '模板有四张表：农户及成员、产业、村集体、经营主体；第二行英文列名和“示例”行可保留。',
    en: 'The template has four sheets: households and members, activities, collectives, operators; the English key row and the example rows may stay.',
  },
  'roster.asOf': { zh: '测算日期', en: 'Date of the screen' },
  'roster.asOfHint': {
    zh: '按方案在该日期的规定筛查（默认今天，方案期外取方案的最后一天）',
    en: 'The plan as in force on that date (today by default; outside the plan, its last day)',
  },
  'roster.file': { zh: '名册文件', en: 'Roster file' },
  'roster.fileHint': {
    zh: '一个 .xlsx 工作簿，或每张表一个 .csv 文件（可多选），或 JSON；也可以把文件拖到这里',
    en: 'One .xlsx workbook, or one .csv file per sheet (several may be chosen), or JSON; or drop the file here',
  },
  'roster.choose': { zh: '选择文件…', en: 'Choose a file…' },
  'roster.noFile': { zh: '未选择文件', en: 'No file chosen' },
  'roster.again': { zh: '按新日期重新筛查', en: 'Screen again with the new date' },
  'roster.cancel': { zh: '取消', en: 'Cancel' },
  'roster.phase.reading': { zh: '正在读取', en: 'Reading' },
  'roster.phase.screening': { zh: '正在筛查', en: 'Screening' },
  'roster.phase.writing': { zh: '正在生成工作簿', en: 'Writing the workbook' },
  'roster.progress': { zh: '筛查进度', en: 'Progress' },
  'roster.failed': { zh: '无法筛查这个文件', en: 'This file cannot be screened' },
  'roster.done': {
    zh: '{file}：已筛查 {subjects} 户（主体），{lines} 条补助，合计 {total}（用时 {seconds} 秒）',
    en: '{file}: {subjects} households (subjects) screened, {lines} award lines, total {total} ({seconds} s)',
  },
  'roster.capital': { zh: '大写：{capital}', en: 'In words (Chinese): {capital}' },
  'roster.download': { zh: '下载结果工作簿', en: 'Download the results workbook' },
  'roster.downloadHint': {
    zh: '工作簿含「明细」「汇总」「异常」「公示名单」四张表；公示名单的身份证号和账号已隐去中间位。',
    en: 'The workbook has four sheets: lines, totals, exceptions and the publicity list (ID and account numbers masked).',
  },
  'roster.rejected': {
    zh: '有 {n} 行数据有误，未参加筛查：改正后重新上传。其余各行已筛查。',
    en: '{n} rows have errors and were not screened: correct them and upload again. The other rows were screened.',
  },
  'roster.clean': { zh: '所有数据行均已筛查。', en: 'Every data row was screened.' },
  'roster.issues': { zh: '异常（{n} 条）', en: 'Exceptions ({n})' },
  'roster.issuesMore': {
    zh: '只显示前 {shown} 条；全部 {n} 条见工作簿「异常」表。',
    en: 'The first {shown} are shown; all {n} are in the workbook\'s "异常" sheet.',
  },
  'roster.noIssues': { zh: '没有异常。', en: 'No exceptions.' },
  'roster.col.kind': { zh: '类别', en: 'Kind' },
  'roster.col.where': { zh: '位置', en: 'Where' },
  'roster.col.header': { zh: '列', en: 'Column' },
  'roster.col.message': { zh: '说明', en: 'Message' },
  'roster.col.screened': { zh: '未筛查', en: 'Not screened' },
  'roster.byVillage': { zh: '按村汇总', en: 'By village' },
  'roster.byStandard': { zh: '按标准汇总', en: 'By standard' },
  'roster.col.township': { zh: '镇（街道）', en: 'Township' },
  'roster.col.village': { zh: '村', en: 'Village' },
  'roster.col.subjects': { zh: '户/主体数', en: 'Subjects' },
  'roster.col.lines': { zh: '补助条数', en: 'Lines' },
  'roster.col.amount': { zh: '金额（元）', en: 'Amount (yuan)' },
  'roster.col.standard': { zh: '标准', en: 'Standard' },
  'roster.col.clause': { zh: '条款', en: 'Clause' },
  'roster.total': { zh: '合计', en: 'Total' },
  'roster.details': { zh: '明细', en: 'Lines' },
  'roster.detailsMore': {
    zh: '只显示前 {shown} 条；全部 {n} 条见工作簿「明细」表。',
    en: 'The first {shown} are shown; all {n} are in the workbook\'s "明细" sheet.',
  },
  'roster.col.subject': { zh: '户主/名称', en: 'Household / name' },
  'roster.col.item': { zh: '项目/成员', en: 'Item / member' },
  'roster.col.quantity': { zh: '数量', en: 'Quantity' },
  'roster.col.status': { zh: '结果', en: 'Result' },
  'roster.col.reason': { zh: '原因', en: 'Reason' },
  'roster.publicity': { zh: '公示名单', en: 'Publicity list' },
  'roster.col.idNumber': { zh: '身份证号', en: 'ID number' },
  'roster.col.account': { zh: '银行账号', en: 'Bank account' },
  'roster.yes': { zh: '是', en: 'yes' },
  'roster.no': { zh: '否', en: 'no' },
  'roster.kept': {
    zh: '结果已保存在本机浏览器中，刷新页面不会丢失。',
    en: 'The results are kept in this browser; a reload does not lose them.',
  },
  'roster.restored': {
    zh: '这是上次（{time}）筛查的结果，保存在本机浏览器中。',
    en: 'These are the results of the last screen ({time}), kept in this browser.',
  },
  'roster.forget': { zh: '清除本机保存的结果', en: 'Remove the kept results' },
  'roster.place': {
    zh: '按村查看（明细、公示名单及打印）',
    en: 'Village shown (lines, publicity list and printing)',
  },
  'roster.allPlaces': { zh: '全部村（{n} 个）', en: 'All villages ({n})' },
  'roster.showAll': { zh: '显示全部 {n} 行', en: 'Show all {n} rows' },
  'roster.print': { zh: '打印公示名单', en: 'Print the publicity list' },
  'roster.printAwards': { zh: '打印补助花名册', en: 'Print the award roll' },
} as const;

export type RosterMessageKey = keyof typeof rosterMessages;

export function useRosterText() {
  return useMessages(rosterMessages);
}
