import type { Text } from '@huinong/benefits';
import type { EventType, Level, LifecycleState, Role, Stage } from './lifecycle.schema.ts';

/** The roles as the forms and the log name them. */
export const ROLE_LABELS: Readonly<Record<Role, Text>> = {
  applicant: { zh: '申请人', en: 'applicant' },
  village: { zh: '村干部', en: 'village cadre' },
  township: { zh: '镇(街道)工作人员', en: 'township staff' },
  county: { zh: '县级工作人员', en: 'county staff' },
};

/** The levels that review and publish. */
export const LEVEL_LABELS: Readonly<Record<Level, Text>> = {
  village: { zh: '村级', en: 'village' },
  township: { zh: '镇(街道)', en: 'township' },
  county: { zh: '县级', en: 'county' },
};

/** The eight stages of the procedure. */
export const STAGE_LABELS: Readonly<Record<Stage, Text>> = {
  applied: { zh: '申请', en: 'applied' },
  'village-review': { zh: '村级评议', en: 'village review' },
  'village-publicity': { zh: '村级公示', en: 'village publicity' },
  'township-review': { zh: '镇审核验收', en: 'township review and acceptance' },
  'township-publicity': { zh: '镇公示', en: 'township publicity' },
  'county-approval': { zh: '县级审批', en: 'county approval' },
  'county-publicity': { zh: '县级公示', en: 'county publicity' },
  paid: { zh: '发放', en: 'paid' },
};

/** Every state as the register shows it. */
export const STATE_LABELS: Readonly<Record<LifecycleState, Text>> = {
  applied: { zh: '申请', en: 'applied' },
  'village-review': { zh: '村级评议', en: 'village review' },
  'village-publicity.pending': { zh: '村级公示（待张贴）', en: 'village publicity (to be posted)' },
  'village-publicity.open': { zh: '村级公示（公示中）', en: 'village publicity (posted)' },
  'village-publicity.recheck': {
    zh: '村级公示（异议复核中）',
    en: 'village publicity (objection, re-check)',
  },
  'township-review': { zh: '镇审核验收', en: 'township review and acceptance' },
  'township-publicity.pending': { zh: '镇公示（待张贴）', en: 'township publicity (to be posted)' },
  'township-publicity.open': { zh: '镇公示（公示中）', en: 'township publicity (posted)' },
  'township-publicity.recheck': {
    zh: '镇公示（异议复核中）',
    en: 'township publicity (objection, re-check)',
  },
  'county-approval': { zh: '县级审批', en: 'county approval' },
  'county-publicity.pending': { zh: '县级公示（待张贴）', en: 'county publicity (to be posted)' },
  'county-publicity.open': { zh: '县级公示（公示中）', en: 'county publicity (posted)' },
  'county-publicity.recheck': { zh: '县级公示（异议复核中）', en: 'county publicity (objection, re-check)' },
  'county-publicity.closed': { zh: '县级公示期满（待发放）', en: 'county publicity closed (to be paid)' },
  paid: { zh: '已发放', en: 'paid' },
};

/** A case back at 申请 after a 退回 shows this instead of 申请. */
export const RETURNED_LABEL: Text = { zh: '已退回（待重新申请）', en: 'returned (to be resubmitted)' };

/** The events as buttons and the log name them. */
export const EVENT_LABELS: Readonly<Record<EventType, Text>> = {
  'application.submitted': { zh: '提交申请', en: 'submit the application' },
  'review.passed': { zh: '审核通过', en: 'pass the review' },
  'review.returned': { zh: '退回', en: 'return' },
  'publicity.opened': { zh: '张贴公示', en: 'post the publicity list' },
  'publicity.closed': { zh: '公示结束', en: 'close the publicity' },
  'objection.raised': { zh: '登记异议', en: 'record an objection' },
  'recheck.upheld': { zh: '复核维持（重新公示）', en: 'uphold on re-check (publicity restarts)' },
  'recheck.returned': { zh: '复核退回', en: 'return on re-check' },
  'payment.made': { zh: '通过“一卡通”发放', en: 'pay into the One-Card account' },
};
