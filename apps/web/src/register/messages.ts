import { useMessages } from '../i18n/i18n.tsx';

/**
 * The register's texts, Chinese first. They load with the register's chunk, not on the first
 * visit. Texts about the procedure (states, steps, refusals) come from @huinong/register.
 */
export const registerMessages = {
  'register.title': { zh: '台账', en: 'Register' },
  'register.intro': {
    zh: '逐户测算后“保存到台账”的农户、村集体和经营主体，按村列出办理状态。台账只保存在本机浏览器中，不会上传；可导出为名册工作簿交给镇（街道）汇总。',
    en: 'Households, collectives and operators saved from the calculator, by village, with where each stands. The register is kept in this browser only, never uploaded; export it as a roster workbook for the township.',
  },
  'register.loading': { zh: '正在读取台账…', en: 'Reading the register…' },
  'register.empty': {
    zh: '台账中还没有案件：在“逐户测算”的测算结果页点“保存到台账”。',
    en: 'No case yet: on the calculator’s results, choose “Save to register”.',
  },
  'register.search': { zh: '查找（姓名、身份证号或村）', en: 'Search (name, ID digits or village)' },
  'register.found': { zh: '找到 {n} 户', en: '{n} found' },
  'register.village': { zh: '{place}：{n} 户，合计 {total}', en: '{place}: {n} cases, total {total}' },
  'register.col.name': { zh: '姓名（名称）', en: 'Name' },
  'register.col.status': { zh: '状态', en: 'Status' },
  'register.col.amount': { zh: '金额', en: 'Amount' },
  'register.col.last': { zh: '最近办理', en: 'Last change' },
  'register.col.serial': { zh: '编号', en: 'No.' },
  'register.applied': { zh: '申请', en: 'applied' },
  'register.open': { zh: '查看', en: 'Open' },

  'register.export': {
    zh: '导出台账（名册工作簿 .xlsx）',
    en: 'Export the register (roster workbook .xlsx)',
  },
  'register.exportHint': {
    zh: '与名册模板格式相同，可在名册筛查或 huinong screen 中重新筛查；表「说明」保存案件状态和办理记录，在另一台设备导入即可恢复。',
    en: 'The roster template’s layout, screened again by 名册筛查 or huinong screen; its 说明 sheet keeps each case’s status and log, so that importing it elsewhere restores them.',
  },
  'register.import': {
    zh: '导入名册工作簿（可多选，镇汇总各村）',
    en: 'Import roster workbooks (several: a township merges its villages)',
  },
  'register.imported': {
    zh: '已导入 {file}：新增 {added} 户，重复 {dup} 户（同一身份证号，未重复计入），台账共 {total} 户。',
    en: 'Imported {file}: {added} new, {dup} already there (same ID number, not duplicated); {total} in the register.',
  },
  'register.importScreened': {
    zh: '（名册按政策包重新筛查，状态为“申请”）',
    en: ' (the roster was screened against the pack; each case is at “applied”)',
  },
  'register.conflicts': { zh: '记录不一致，请核对：', en: 'Records differ; please check:' },
  'register.renamed': {
    zh: '{n} 户与已有案件编号相同但不是同一人，已另编号保留。',
    en: '{n} cases shared an id with another person and were kept under a new id.',
  },
  'register.problems': { zh: '以下行未导入：', en: 'Not imported:' },
  'register.importFailed': { zh: '无法导入', en: 'Cannot import' },

  'settings.title': { zh: '公示期与显示设置', en: 'Publicity periods and display' },
  'settings.county': {
    zh: '公示天数由县级确定：村级、镇级公示一般为5–7天，县级公告公示不少于10天（国开办发〔2017〕50号）。按本县的规定填写。',
    en: 'The publicity periods are the county’s to set: village and township lists commonly 5–7 days, the county’s at least 10 (国开办发〔2017〕50号). Enter your county’s.',
  },
  'settings.villageDays': { zh: '村级公示天数', en: 'Village publicity (days)' },
  'settings.townshipDays': { zh: '镇（街道）公示天数', en: 'Township publicity (days)' },
  'settings.countyDays': { zh: '县级公示天数（不少于10天）', en: 'County publicity (days, at least 10)' },
  'settings.idShown': { zh: '发放清册和表格中的身份证号', en: 'ID numbers on the payment list and forms' },
  'settings.accountShown': {
    zh: '发放清册和表格中的“一卡通”账号',
    en: '一卡通 accounts on the payment list and forms',
  },
  'settings.masked': { zh: '只显示前6位和后4位', en: 'first 6 and last 4 only' },
  'settings.full': { zh: '完整显示（仅限报银行的清册）', en: 'in full (for the bank’s list only)' },
  'settings.publicityMasked': {
    zh: '公示名单始终隐去身份证号中间位。',
    en: 'Publicity lists always mask the ID number.',
  },
  'settings.preparer': { zh: '制表人', en: 'Prepared by' },
  'settings.save': { zh: '保存设置', en: 'Save the settings' },
  'settings.saved': { zh: '设置已保存在本机。', en: 'Settings saved on this device.' },

  'docs.title': { zh: '名单与清册', en: 'Lists' },
  'docs.place': { zh: '村', en: 'Village' },
  'docs.level': { zh: '公示层级', en: 'Publicity level' },
  'docs.posted': { zh: '张贴日期', en: 'Posted on' },
  'docs.date': { zh: '制表日期', en: 'Date' },
  'docs.publicity': { zh: '打印公示名单', en: 'Print the publicity list' },
  'docs.approval': { zh: '打印审批表（本村）', en: 'Print the approval table (village)' },
  'docs.payment': { zh: '下载“一卡通”发放清册（.xlsx）', en: 'Download the 一卡通 payment list (.xlsx)' },
  'docs.paymentEmpty': {
    zh: '本村还没有县级公示期满的案件，发放清册为空。',
    en: 'No case of this village has passed the county publicity: the payment list is empty.',
  },
  'docs.verify': {
    zh: '核对以前导出的名单（.json 或发放清册 .xlsx）',
    en: 'Check a list exported earlier (.json or payment .xlsx)',
  },
  'docs.meta': {
    zh: '政策包 {pack} v{version}　引擎 {engine}　制表日期 {date}',
    en: 'Pack {pack} v{version} · engine {engine} · made {date}',
  },
  'docs.hash': { zh: '校验值（SHA-256）', en: 'Check value (SHA-256)' },
  'docs.saveJson': { zh: '保存名单校验文件（.json）', en: 'Save the list’s check file (.json)' },
  'docs.print': { zh: '打印 / 存为 PDF', en: 'Print / save as PDF' },
  'docs.back': { zh: '返回', en: 'Back' },
  'docs.period': {
    zh: '公示期：{posted} 张贴，{from} 至 {to}（{days}天）。如有异议，请在公示期内向村委会或镇（街道）反映。',
    en: 'Posted {posted}; open {from} to {to} ({days} days). Objections to the village committee or the township within the period.',
  },
  'docs.noRows': { zh: '（无）', en: '(none)' },
  'docs.total': { zh: '合计', en: 'Total' },

  'case.back': { zh: '← 返回台账', en: '← Back to the register' },
  'case.notFound': {
    zh: '台账中没有这个案件（可能已删除）。',
    en: 'This case is not in the register (deleted?).',
  },
  'case.status': { zh: '当前状态', en: 'Status' },
  'case.amount': { zh: '测算金额', en: 'Award' },
  'case.pack': { zh: '政策包', en: 'Policy pack' },
  'case.serial': { zh: '编号', en: 'No.' },
  'case.place': { zh: '镇（街道）、村', en: 'Township, village' },
  'case.edit': { zh: '修改申请人信息', en: 'Edit the applicant' },
  'case.name': { zh: '姓名（名称）', en: 'Name' },
  'case.idNumber': { zh: '身份证号', en: 'ID number' },
  'case.account': { zh: '“一卡通”账号', en: '一卡通 account' },
  'case.township': { zh: '镇（街道）', en: 'Township' },
  'case.village': { zh: '村', en: 'Village' },
  'case.saveEdit': { zh: '保存修改', en: 'Save' },
  'case.saved': { zh: '已保存。', en: 'Saved.' },
  'case.openWizard': { zh: '在逐户测算中打开', en: 'Open in the calculator' },
  'case.noDraft': {
    zh: '此案件由名册导入，没有逐户测算的填写记录。',
    en: 'Imported from a roster: there are no calculator answers to open.',
  },
  'case.rescreen': { zh: '按当前政策包重新筛查', en: 'Screen again with the pack' },
  'case.rescreened': { zh: '已重新筛查：{total}。', en: 'Screened again: {total}.' },
  'case.packMissing': {
    zh: '本机没有此案件的政策包（{pack}），无法重新筛查。',
    en: 'The case’s pack ({pack}) is not on this device: cannot screen again.',
  },
  'case.delete': { zh: '删除案件', en: 'Delete the case' },
  'case.deleteConfirm': {
    zh: '确认从台账删除“{name}”？删除后不能恢复。',
    en: 'Delete “{name}” from the register? This cannot be undone.',
  },
  'case.deleteYes': { zh: '确认删除', en: 'Delete' },
  'case.deleteNo': { zh: '取消', en: 'Cancel' },
  'case.deleted': { zh: '已删除“{name}”。', en: 'Deleted “{name}”.' },
  'case.docs': { zh: '打印表格', en: 'Print a form' },
  'case.application': { zh: '申请表', en: 'Application form' },
  'case.acceptance': { zh: '验收表', en: 'Acceptance form' },
  'case.approval': { zh: '审批表（含办理记录）', en: 'Approval form (with the log)' },

  'step.title': { zh: '办理', en: 'Next step' },
  'step.role': { zh: '办理人身份', en: 'Acting as' },
  'step.date': { zh: '日期', en: 'Date' },
  'step.name': { zh: '经办人姓名', en: 'Name' },
  'step.note': { zh: '意见或备注', en: 'Note' },
  'step.none': { zh: '当前状态下该身份没有可办理的事项。', en: 'Nothing for this role to do at this stage.' },
  'step.period': {
    zh: '{level}公示期 {days} 天：{posted} 张贴，{from} 至 {to}，{close} 起方可结束公示。',
    en: '{level} publicity of {days} days: posted {posted}, open {from} to {to}; it can close on or after {close}.',
  },
  'step.done': { zh: '已办理：{step}。', en: 'Done: {step}.' },
  'step.refused': { zh: '未能办理：', en: 'Refused: ' },
  'log.title': { zh: '办理记录', en: 'Log' },
  'log.empty': { zh: '还没有办理记录。', en: 'No step yet.' },
  'log.date': { zh: '日期', en: 'Date' },
  'log.step': { zh: '事项', en: 'Step' },
  'log.role': { zh: '身份', en: 'Role' },
  'log.name': { zh: '经办人', en: 'Name' },
  'log.to': { zh: '办理后状态', en: 'Then at' },
  'log.note': { zh: '备注', en: 'Note' },

  'form.serial': { zh: '编号：{serial}', en: 'No. {serial}' },
  'form.applicationTitle': { zh: '衔接资金奖补申请表', en: 'Award application form' },
  'form.acceptanceTitle': { zh: '衔接资金奖补项目验收表', en: 'Award acceptance form' },
  'form.approvalTitle': { zh: '衔接资金奖补审批表', en: 'Award approval form' },
  'form.applicant': { zh: '申请人', en: 'Applicant' },
  'form.items': { zh: '申请项目', en: 'Items' },
  'form.item': { zh: '项目', en: 'Item' },
  'form.clause': { zh: '条款', en: 'Clause' },
  'form.declared': { zh: '申报数量', en: 'Declared' },
  'form.checked': { zh: '验收数量', en: 'Found' },
  'form.verdict': { zh: '验收结论', en: 'Verdict' },
  'form.amount': { zh: '金额（元）', en: 'Amount (yuan)' },
  'form.capital': { zh: '金额（大写）', en: 'In words (大写)' },
  'form.promise': {
    zh: '本人承诺：以上所填情况真实，如有虚报冒领，愿退回全部补助并承担相应责任。',
    en: 'I declare the above true; any award obtained by a false claim will be repaid in full.',
  },
  'form.sign': { zh: '申请人签字（按手印）', en: 'Applicant’s signature (or fingerprint)' },
  'form.villageOpinion': { zh: '村级评议意见', en: 'Village review' },
  'form.townshipOpinion': { zh: '镇（街道）审核验收意见', en: 'Township review and acceptance' },
  'form.countyOpinion': { zh: '县级审批意见', en: 'County approval' },
  'form.checkers': { zh: '验收人员签字', en: 'Signed by the checkers' },
  'form.date': { zh: '年　　月　　日', en: 'Date: ____ / __ / __' },
  'form.preparer': { zh: '制表人：{name}', en: 'Prepared by: {name}' },
  'form.milestones': { zh: '各级办理情况', en: 'Reviews and publicity' },
  'form.notYet': { zh: '未办理', en: 'not yet' },

  'save.title': { zh: '保存到台账', en: 'Save to register' },
  'save.hint': {
    zh: '保存后可在“台账”中按村查看、办理公示和发放；只保存在本机。',
    en: 'Saved cases are listed by village under “Register”, for publicity and payment; kept on this device only.',
  },
  'save.name': { zh: '申请人姓名（名称）', en: 'Applicant’s name' },
  'save.idNumber': { zh: '身份证号', en: 'ID number' },
  'save.account': { zh: '“一卡通”账号', en: '一卡通 account' },
  'save.button': { zh: '保存到台账', en: 'Save to register' },
  'save.created': { zh: '已保存到台账（编号 {serial}）。', en: 'Saved to the register (no. {serial}).' },
  'save.updated': {
    zh: '已更新台账中的案件（编号 {serial}）。',
    en: 'Updated the case in the register (no. {serial}).',
  },
  'save.open': { zh: '在台账中查看', en: 'Open in the register' },
  'save.noName': { zh: '请填写申请人姓名后再保存。', en: 'Enter the applicant’s name first.' },
  'save.noResult': { zh: '还没有测算结果，不能保存。', en: 'No result to save yet.' },
} as const;

export type RegisterMessageKey = keyof typeof registerMessages;

export function useRegisterMessages() {
  return useMessages(registerMessages);
}
