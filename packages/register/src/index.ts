/**
 * @huinong/register — the household register (台账), pure: cases screened by the engine and
 * frozen, the award's lifecycle from 申请 to "一卡通"发放 as an xstate machine, the register's
 * queries and merge, and the lists the procedure prints (公示名单, 审批表, 发放清册) frozen with a
 * SHA-256 of their rows. No DOM, no Node built-ins, no clock: dates and timestamps are inputs.
 */

// the lifecycle: schemas, labels, the machine, one step at a time
export { type AdvanceResult, advance, advanceLifecycle, type LifecycleOptions } from './advance.ts';
export { canonicalJson, type Json, sha256Hex } from './canonical.ts';
// cases
export {
  Applicant,
  ENGINE_VERSION,
  FrozenAdjustment,
  FrozenLine,
  freezeScreening,
  type NewCaseInput,
  newCase,
  PackRef,
  RESCREEN_STATES,
  RegisterCase,
  type RegisterCaseInput,
  type RescreenOptions,
  type RescreenResult,
  rescreen,
  Screening,
} from './case.schema.ts';
export { Disclosure, type DisclosureInput, Shown, shown } from './disclosure.ts';
// frozen lists
export {
  type FieldChange,
  type FreezeMeta,
  FrozenList,
  freezeFromRegister,
  freezeList,
  hashRows,
  type ListCheck,
  ListMeta,
  ListRowSchema,
  listRows,
  type RowChange,
  type RowRef,
  verifyList,
} from './freeze.ts';
export {
  EVENT_LABELS,
  LEVEL_LABELS,
  RETURNED_LABEL,
  ROLE_LABELS,
  STAGE_LABELS,
  STATE_LABELS,
} from './labels.ts';
export {
  backdated,
  flatState,
  type LifecycleContext,
  type LifecycleInput,
  type LifecycleMachine,
  lastDate,
  lifecycleMachine,
  notTheirStep,
  periodRunning,
  type Refusal,
  type RefusalCode,
  type RefuseParams,
  refusalReason,
  stateValue,
  unsigned,
} from './lifecycle.machine.ts';
export {
  COUNTY_PUBLICITY_MIN_DAYS,
  EventType,
  Level,
  Lifecycle,
  LifecycleEvent,
  LifecycleState,
  LogEntry,
  PublicitySettings,
  type PublicitySettingsInput,
  Role,
  Stage,
} from './lifecycle.schema.ts';
// lists: 公示名单, 审批表, 发放清册
export {
  APPROVAL_COLUMNS,
  approvalRows,
  type Column,
  capitalOf,
  LIST_KIND_LABELS,
  ListKind,
  ListOptions,
  type ListOptionsInput,
  type ListRow,
  lineItem,
  listTitle,
  PUBLICITY_COLUMNS,
  paidLines,
  publicityRows,
} from './list.ts';
export { type LevelMilestones, type Milestones, milestones } from './milestones.ts';
export {
  PAYABLE_STATES,
  PAYMENT_COLUMNS,
  type PaymentList,
  type PaymentRow,
  paymentList,
  paymentRows,
} from './payment-list.ts';
export { mayClose, type PublicityPeriod, publicityDays, publicityPeriod } from './publicity.ts';
// the register's queries and merge
export {
  type CaseOrigin,
  casesIn,
  compareCases,
  compareText,
  idKey,
  isReturned,
  listRegister,
  type MergeConflict,
  type MergedDuplicate,
  type MergeRename,
  type MergeResult,
  mergeRegisters,
  type RegisterQuery,
  type RegisterRow,
  type RegisterSource,
  registerRow,
  searchRegister,
  stageIndex,
  stageOf,
  statusOf,
  type VillageSummary,
  villageSummaries,
} from './register.ts';
