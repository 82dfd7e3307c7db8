/**
 * @huinong/benefits — the pure engine. Every standard of a policy pack is decided by an xstate
 * machine; awards are exact decimals rounded once per line; every decision is explained.
 * No DOM, no Node built-ins, no clock: the as-of date is an input.
 */

// core
export { closestName, editDistance } from './core/closest.ts';
export { type Lang, Text } from './core/i18n.ts';
export { Dec, minusPlain, mulToFen, plain, sumMoney, toFen } from './core/money.ts';
export { daysUntilFull, fullMonths, monthsComplete } from './core/months.ts';
export type {
  Adjustment,
  LinePeriod,
  LineStatus,
  NearMiss,
  ScreenLine,
  ScreenNote,
  ScreenResult,
} from './core/result.ts';
export type { TraceEntry } from './core/trace.ts';
export { UNITS, type Unit, unitText } from './core/units.ts';
// money in words and figures (人民币大写, ¥1,234.56)
export * from './format/index.ts';
// 五(二) infrastructure cost standards: projects estimated from the pack's project standards
export {
  choiceRef,
  isProjectStandard,
  type ProjectChoice,
  type ProjectFieldDef,
  projectChoice,
  projectChoices,
  projectStandards,
} from './infra/choices.ts';
export {
  type EstimateOptions,
  estimateProject,
  type ProjectEstimate,
  ProjectInputError,
  type ProjectProblem,
  type ProjectResult,
  projectFieldLabel,
  tryEstimateProject,
  type Verdict,
} from './infra/estimate.ts';
export { InfraProject, type InfraProjectInput } from './infra/infra.schema.ts';
// 五(一)1 microcredit interest and 五(一)2 mutual-fund fee: LPR, loans, the loan machine, schedules
export * from './loan/index.ts';
// machines
export type { Check, CheckInput, Evaluation, Outcome } from './machine/checks.ts';
export {
  CATEGORY_LABELS,
  KIND_LABELS,
  MONITORED_TYPE_LABELS,
} from './machine/labels.ts';
export type { AwardResult, Shape } from './machine/shapes.ts';
export {
  buildStandardMachine,
  type MachineOutcome,
  precomputeSteps,
  runMachine,
  runSteps,
  type StandardMachine,
  type StandardRun,
  type Step,
} from './machine/standard.machine.ts';
export { bestTrip, placeTier, TIER_LABELS, type TravelTier, wholeMonths } from './machine/travel.ts';
// policy packs
export { datedResolver, datedSource } from './pack/dated.ts';
export {
  ActivityDef,
  Choice,
  FactDef,
  FieldType,
  InputField,
  PackInputs,
  SubjectKind,
} from './pack/inputs.schema.ts';
export { formatPackError, type PackError, type PackValidation, packPath, validatePack } from './pack/load.ts';
export {
  Award,
  Condition,
  DatedValue,
  GroupMatch,
  GroupRate,
  Limit,
  PolicyPack,
  type PolicyPackInput,
  ProjectCheck,
  ProjectGroup,
  ProjectSpec,
  Source,
  Standard,
  type StandardInput,
  SubjectRule,
} from './pack/pack.schema.ts';
export { explainResult } from './render/explain.ts';
export { formatQuantity, formatShortfall } from './render/format.ts';
export {
  basisText,
  explainLine,
  loanText,
  percentText,
  reasonText,
  statusText,
  thresholdText,
  traceText,
  valueText,
} from './render/line.ts';
// rosters: 身份证号 check, masking for publicity lists, formula-safe cells, once per person
export { FORMULA_PREFIX, isFormulaLike, neutralizeFormula } from './roster/formula.ts';
export {
  checkIdNumber,
  type IdNumberCheck,
  type IdNumberProblem,
  idNumberCheckDigit,
  normalizeIdNumber,
} from './roster/id-number.ts';
export { type MaskOptions, maskMiddle } from './roster/mask.ts';
export {
  createRosterScreener,
  type RosterAdjustment,
  type RosterHolder,
  type RosterScreen,
  type RosterScreener,
  screenRoster,
} from './roster/roster-screen.ts';
// schemas
export { isRealIsoDate, readDecimal } from './schemas/fields.ts';
export { type InputTarget, inputTarget } from './schemas/input-path.ts';
export { policyPackJsonSchema, subjectJsonSchema } from './schemas/json-schema.ts';
export { fieldSchema, type PackSchemas, packSchemas } from './schemas/pack-subject.ts';
export { type PlausibilityWarning, plausibilityWarnings } from './schemas/plausibility.ts';
export {
  Activity,
  Collective,
  Facts,
  Household,
  HouseholdCategory,
  Member,
  MonitoredType,
  MutualFundBorrowing,
  Operator,
  OperatorType,
  Place,
  PublicPost,
  SchoolType,
  Student,
  Subject,
  type SubjectInput,
  WorkTrip,
} from './schemas/subject.schema.ts';
// validation, explanations, JSON Schema
export {
  FIELD_LABELS,
  type FieldError,
  fieldErrors,
  formatFieldError,
  issueMessage,
  type Validation,
  validateSubject,
  validateWith,
} from './schemas/validate.ts';
export { AsOfOutsidePack, asOfProblem, defaultAsOf } from './screen/as-of.ts';
// screening
export { type CompiledPack, type CompiledStandard, compilePack } from './screen/compile.ts';
export { type ScreenOptions, screen } from './screen/screen.ts';
