/**
 * Every text of the interface, Chinese first and English second. Texts about the policy itself
 * (standards, clauses, checks, notes) come from the pack and the engine, not from here.
 */
export const messages = {
  'app.name': { zh: '惠农', en: 'HuiNong' },
  'app.title': {
    zh: '惠农 · 乡村振兴衔接资金补助测算',
    en: 'HuiNong · rural-revitalization award calculator',
  },
  'app.tagline': { zh: '衔接资金补助资格与金额测算', en: 'Subsidy eligibility and award calculator' },
  'app.language': { zh: '语言', en: 'Language' },
  'app.skip': { zh: '跳到主要内容', en: 'Skip to main content' },
  'app.basis': { zh: '测算依据：', en: 'Based on: ' },
  'app.offline': {
    zh: '首次打开后可离线使用；填写内容只保存在本机。',
    en: 'Works offline after the first visit; answers are kept on this device only.',
  },

  'step.nav': { zh: '填写步骤', en: 'Steps' },
  'step.applicant': { zh: '申请主体', en: 'Applicant' },
  'step.category': { zh: '农户类别', en: 'Category' },
  'step.activities': { zh: '产业项目', en: 'Activities' },
  'step.projects': { zh: '项目', en: 'Projects' },
  'step.details': { zh: '填写数量', en: 'Details' },
  'step.members': { zh: '家庭成员', en: 'Members' },
  'step.review': { zh: '核对', en: 'Review' },
  'step.results': { zh: '测算结果', en: 'Results' },

  'nav.back': { zh: '上一步', en: 'Back' },
  'nav.next': { zh: '下一步', en: 'Next' },
  'nav.reset': { zh: '重新开始', en: 'Start over' },
  'nav.resetConfirm': { zh: '确认清空全部填写？', en: 'Clear every answer?' },

  'field.yes': { zh: '是', en: 'Yes' },
  'field.no': { zh: '否', en: 'No' },
  'field.choose': { zh: '请选择', en: 'Choose…' },
  'field.province': { zh: '省（自治区、直辖市）', en: 'Province' },
  'field.city': { zh: '市（州）', en: 'City' },
  'field.county': { zh: '县（区）', en: 'County' },
  'field.loadingPlaces': { zh: '正在载入行政区划…', en: 'Loading the list of places…' },

  'members.title': { zh: '家庭成员', en: 'Household members' },
  'members.intro': {
    zh: '有在读职业教育的学生、跨县务工、公益性岗位、小额信贷或互助资金借款的成员，请逐人添加；都没有可直接下一步。',
    en: 'Add each member who studies at a vocational school, works outside the county, holds a public-welfare post, has a microcredit loan or a mutual-fund borrowing; otherwise go on.',
  },
  'members.member': { zh: '成员 {n}{name}', en: 'Member {n}{name}' },
  'members.sections': { zh: '该成员的情况（可多选）', en: 'What applies to this member (choose any)' },
  'members.add': { zh: '＋ 添加成员', en: '+ Add a member' },
  'members.remove': { zh: '删除成员 {n}', en: 'Remove member {n}' },

  'applicant.title': { zh: '谁来申请？', en: 'Who is applying?' },
  'applicant.legend': { zh: '申请主体', en: 'Applicant' },
  'applicant.choose': { zh: '请先选择申请主体。', en: 'Choose who is applying first.' },
  'applicant.householdHint': {
    zh: '脱贫户、监测对象或一般农户',
    en: 'Poverty-alleviated, monitored or ordinary household',
  },
  'applicant.collectiveHint': {
    zh: '村集体经济组织、村集体经济合作社',
    en: 'Village collective economic organisation or cooperative',
  },
  'applicant.operatorHint': {
    zh: '合作社、家庭农场、农业企业等新型经营主体',
    en: 'Cooperative, family farm or agricultural enterprise',
  },

  'category.title': { zh: '农户属于哪一类？', en: 'Which kind of household?' },
  'category.legend': { zh: '农户类别', en: 'Household category' },
  'category.monitoredLegend': { zh: '监测对象类型', en: 'Kind of monitored household' },
  'category.choose': { zh: '请选择农户类别。', en: 'Choose the household category.' },
  'category.chooseType': { zh: '请选择监测对象类型。', en: 'Choose the kind of monitored household.' },
  'category.povertyHint': { zh: '建档立卡脱贫户', en: 'Registered as lifted out of poverty (建档立卡)' },
  'category.monitoredHint': {
    zh: '防返贫监测对象：脱贫不稳定户、边缘易致贫户、突发严重困难户',
    en: 'Monitored against relapse: unstable, marginal or in sudden hardship',
  },
  'category.ordinaryHint': { zh: '不属于以上两类的农户', en: 'Neither of the above' },

  'notEligible.title': {
    zh: '一般农户不适用户类奖补标准',
    en: 'Household awards do not apply to ordinary households',
  },
  'notEligible.body': {
    zh: '本方案五(一)4(3)、4(4)的产业奖补只面向脱贫户和监测对象；小额信贷贴息、雨露计划、交通补助、公益性岗位也只面向脱贫人口（含监测对象）。一般农户不属于这些标准的对象，无需继续填写。',
    en: 'The household industry awards of 五(一)4(3)–4(4) are for 脱贫户 and 监测对象 only, and so are the microcredit subsidy, 雨露计划, the travel grant and the public-welfare posts. An ordinary household is covered by none of them: there is nothing more to fill in.',
  },
  'notEligible.who': {
    zh: '若家庭已被认定为脱贫户或监测对象，请返回修改类别。若以村集体或新型经营主体名义申请，请重新开始并选择相应主体。',
    en: 'If the household is registered as 脱贫户 or 监测对象, go back and change the category. To apply as a village collective or an operator, start over and choose that applicant.',
  },
  'notEligible.change': { zh: '修改类别', en: 'Change the category' },

  'activities.title': { zh: '今年做了哪些产业？', en: 'What does the household do this year?' },
  'activities.intro': {
    zh: '只列出本方案对{category}有奖补标准的产业。',
    en: 'Only the activities the plan rewards for a {category} are listed.',
  },
  'activities.legend': {
    zh: '{category}可申报的产业（可多选）',
    en: 'Activities for a {category} (choose any)',
  },
  'activities.other': { zh: '还有其他生产经营活动', en: 'Other activities as well' },
  'activities.otherHint': {
    zh: '本方案对{category}没有这些产业的标准；列出后，结果会说明原因。',
    en: 'The plan has no standard for these for a {category}; list them and the results say so.',
  },
  'activities.otherLegend': { zh: '其他生产经营活动', en: 'Other activities' },

  'projects.titleCollective': { zh: '村集体的项目', en: 'The collective’s projects' },
  'projects.titleOperator': {
    zh: '经营主体的联农带农与项目',
    en: 'The operator’s links with farmers and projects',
  },
  'projects.linksLegend': { zh: '联农带农（可多选）', en: 'Linking farmers (choose any)' },
  'projects.reviewLegend': { zh: '县级评审扶持', en: 'Support set by county review' },
  'projects.legend': { zh: '种植、养殖项目（可多选）', en: 'Planting and livestock projects (choose any)' },

  'details.title': { zh: '填写数量', en: 'Quantities' },
  'details.intro': {
    zh: '只问会影响结果的数量；右侧（手机在下方）随时显示测算结果。',
    en: 'Only what can change the result is asked; the results beside (below on a phone) follow as you type.',
  },
  'details.noStandard': {
    zh: '本方案对该类主体没有这项标准，无需填写。',
    en: 'The plan has no standard for this applicant here: nothing to fill in.',
  },

  'review.title': { zh: '核对填写内容', en: 'Review the answers' },
  'review.nameHousehold': { zh: '户主姓名', en: 'Head of household' },
  'review.nameCollective': { zh: '村集体名称', en: 'Name of the collective' },
  'review.nameOperator': { zh: '经营主体名称', en: 'Name of the operator' },
  'review.township': { zh: '镇（街道）', en: 'Township' },
  'review.village': { zh: '村', en: 'Village' },
  'review.asOf': { zh: '测算日期', en: 'Date of the calculation' },
  'review.applicant': { zh: '申请主体', en: 'Applicant' },
  'review.category': { zh: '农户类别', en: 'Category' },
  'review.items': { zh: '申报项目', en: 'Items' },
  'review.noItems': { zh: '未选择任何项目', en: 'Nothing chosen' },
  'review.edit': { zh: '修改', en: 'Edit' },
  'review.errors': { zh: '以下填写需要改正：', en: 'Please correct:' },
  'review.fixErrors': { zh: '还有 {n} 处填写需要改正。', en: '{n} answers need correcting.' },
  'review.toResults': { zh: '查看测算结果', en: 'See the results' },

  'results.heading': { zh: '测算结果', en: 'Results' },
  'results.total': { zh: '合计', en: 'Total' },
  'results.empty': {
    zh: '选择申请主体和项目后，这里会显示每项标准的测算结果。',
    en: 'Choose the applicant and what they do, and each standard’s result appears here.',
  },
  'results.nothingDeclared': { zh: '尚未申报任何项目。', en: 'Nothing declared yet.' },
  'results.eligible': { zh: '符合', en: 'Eligible' },
  'results.ineligible': { zh: '不符合', en: 'Not eligible' },
  'results.needsInformation': { zh: '待补充', en: 'Needs information' },
  'results.byReview': { zh: '县级评审确定', en: 'Set by the county review' },
  'results.checks': { zh: '条件核对', en: 'Conditions' },
  'results.progress': { zh: '各项门槛进度', en: 'Progress towards each threshold' },
  'results.passed': { zh: '达到：', en: 'met: ' },
  'results.failed': { zh: '未达到：', en: 'not met: ' },
  'results.clauseText': { zh: '条款原文', en: 'clause text (Chinese)' },
  'results.inputErrors': {
    zh: '有 {n} 处填写格式不对，暂未计入测算。',
    en: '{n} answers are not valid and are left out for now.',
  },
  'results.otherStandards': {
    zh: '本类主体的其他 {n} 项标准（未申报）',
    en: '{n} other standards for this applicant (not declared)',
  },
  'results.openWorksheet': { zh: '打开测算表（打印）', en: 'Open the worksheet (print)' },

  'worksheet.loading': { zh: '正在打开测算表…', en: 'Opening the worksheet…' },
  'worksheet.title': { zh: '衔接资金奖补测算表', en: 'Award worksheet' },
  'worksheet.print': { zh: '打印 / 存为 PDF', en: 'Print / save as PDF' },
  'worksheet.applicant': { zh: '申请人', en: 'Applicant' },
  'worksheet.kind': { zh: '主体类型', en: 'Kind' },
  'worksheet.place': { zh: '镇（街道）、村', en: 'Township, village' },
  'worksheet.category': { zh: '农户类别', en: 'Category' },
  'worksheet.asOf': { zh: '测算日期', en: 'Date' },
  'worksheet.packId': { zh: '政策包', en: 'Policy pack' },
  'worksheet.linesCaption': { zh: '奖补项目明细', en: 'Award lines' },
  'worksheet.no': { zh: '序号', en: 'No.' },
  'worksheet.standard': { zh: '奖补项目', en: 'Standard' },
  'worksheet.clause': { zh: '条款及原文', en: 'Clause and text' },
  'worksheet.basis': { zh: '测算依据', en: 'Basis' },
  'worksheet.amount': { zh: '金额（小写）', en: 'Amount' },
  'worksheet.capital': { zh: '金额（大写）', en: 'Amount in capitals (大写)' },
  'worksheet.total': { zh: '合计', en: 'Total' },
  'worksheet.none': { zh: '无符合条件的奖补项目。', en: 'No line qualifies.' },
  'worksheet.notCounted': { zh: '未达标项目（不计入合计）', en: 'Lines not met (not in the total)' },
  'worksheet.notMet': { zh: '条件未满足', en: 'conditions not met' },
  'worksheet.village': { zh: '村级评议意见', en: 'Village review' },
  'worksheet.township': { zh: '镇（街道）审核意见', en: 'Township check' },
  'worksheet.county': { zh: '县级审批意见', en: 'County approval' },
  'worksheet.signer': { zh: '负责人签字：', en: 'Signed: ' },
  'worksheet.sealVillage': { zh: '村委会（盖章）', en: 'Village committee (seal)' },
  'worksheet.sealTownship': { zh: '镇人民政府（盖章）', en: 'Township government (seal)' },
  'worksheet.sealCounty': { zh: '县级主管部门（盖章）', en: 'County department (seal)' },
  'worksheet.date': { zh: '年　　月　　日', en: 'Date: ____ / __ / __' },
  'worksheet.basisPack': { zh: '测算依据：', en: 'Based on: ' },
  'worksheet.published': { zh: '发布：', en: 'published ' },
  'worksheet.process': {
    zh: '办理程序：农户申请 → 村级评议并公示 → 镇（街道）审核验收并公示 → 县级审批并公示（不少于10天）→ 资金通过“一卡通”发放。',
    en: 'Process: application → village review and publicity → township check and publicity → county approval and publicity (≥ 10 days) → paid through the 一卡通 card.',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof messages;
