import type { z } from 'zod';
import { closestName } from '../core/closest.ts';
import type { Text } from '../core/i18n.ts';
import type { PolicyPack } from '../pack/pack.schema.ts';
import { packSchemas } from './pack-subject.ts';
import type { Subject } from './subject.schema.ts';

/** Chinese and English names of every input field, so that an error names the field in both. */
export const FIELD_LABELS: Record<string, Text> = {
  kind: { zh: '申请主体类型', en: 'kind of applicant' },
  id: { zh: '编号', en: 'id' },
  name: { zh: '名称', en: 'name' },
  township: { zh: '镇（街道）', en: 'township' },
  village: { zh: '村', en: 'village' },
  category: { zh: '农户类别', en: 'household category' },
  monitoredType: { zh: '监测对象类型', en: 'monitored type' },
  zeroEmployment: { zh: '零就业户', en: 'zero-employment household' },
  members: { zh: '家庭成员', en: 'members' },
  activities: { zh: '产业项目', en: 'activities' },
  facts: { zh: '基本情况', en: 'facts' },
  type: { zh: '产业类型', en: 'activity type' },
  laborer: { zh: '劳动力', en: 'able to work' },
  idNumber: { zh: '身份证号', en: 'ID number' },
  student: { zh: '在校学生', en: 'student' },
  schoolType: { zh: '学校类型', en: 'school type' },
  school: { zh: '学校', en: 'school' },
  enrolled: { zh: '在校就读', en: 'enrolled' },
  workTrips: { zh: '外出务工', en: 'work trips' },
  travelGrantsReceived: { zh: '本年已享受交通补助次数', en: 'travel grants received this year' },
  from: { zh: '开始日期', en: 'start date' },
  to: { zh: '结束日期', en: 'end date' },
  place: { zh: '务工地点', en: 'place of work' },
  province: { zh: '省', en: 'province' },
  city: { zh: '市', en: 'city' },
  county: { zh: '县（区）', en: 'county' },
  code: { zh: '行政区划代码', en: 'division code' },
  publicPost: { zh: '公益性岗位', en: 'public-welfare post' },
  post: { zh: '岗位', en: 'post' },
  months: { zh: '月数', en: 'months' },
  reviewedSupport: { zh: '评审确定的扶持', en: 'reviewed support' },
  amount: { zh: '金额', en: 'amount' },
  reference: { zh: '评审文号', en: 'review reference' },
  operatorType: { zh: '经营主体类型', en: 'operator type' },
  labor: { zh: '劳务用工', en: 'labour' },
  poorWorkers: { zh: '吸纳脱贫人口数', en: '脱贫人口 employed' },
  wages: { zh: '支付脱贫户、监测对象工资总额', en: 'wages paid to 脱贫户 and 监测对象' },
  orders: { zh: '订单收购', en: 'order purchases' },
  households: { zh: '带动户数', en: 'households' },
  purchases: { zh: '收购总额', en: 'purchases' },
  contractAboveMarket: { zh: '订单协议且高于市场价', en: 'order contract above market price' },
  land: { zh: '土地流转', en: 'land lease' },
  leaseFees: { zh: '土地流转费用', en: 'lease fees' },
  ledgerAndContracts: { zh: '流转台账和协议', en: 'ledger and contracts' },
  loans: { zh: '小额信贷', en: 'microcredit loans' },
  mutualFundLoans: { zh: '互助资金借款', en: 'mutual-fund loans' },
  bankAccount: { zh: '银行账号', en: 'bank account' },
  principal: { zh: '贷款本金', en: 'principal' },
  disbursedOn: { zh: '放款日期', en: 'disbursement date' },
  termMonths: { zh: '贷款期限', en: 'term' },
  purpose: { zh: '用途', en: 'purpose' },
  events: { zh: '还款、逾期和展期', en: 'loan events' },
  date: { zh: '日期', en: 'date' },
  newTermMonths: { zh: '展期后期限', en: 'new term' },
  isMember: { zh: '互助资金协会会员', en: 'association member' },
  feePaid: { zh: '已缴占用费', en: 'occupancy fee paid' },
  paidOn: { zh: '缴纳日期', en: 'paid on' },
};

/** One problem with the input, naming the field in Chinese and English. */
export interface FieldError {
  /** dotted path, e.g. `activities.1.area` */
  readonly path: string;
  readonly field: Text;
  readonly message: Text;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

function fieldText(path: readonly PropertyKey[], labels?: ReadonlyMap<string, Text>): Text {
  const zh: string[] = [];
  const en: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      zh.push(`第${key + 1}项`);
      en.push(`#${key + 1}`);
    } else {
      const l = labels?.get(String(key)) ?? FIELD_LABELS[String(key)] ?? { zh: String(key), en: String(key) };
      zh.push(l.zh);
      en.push(l.en);
    }
  }
  return { zh: zh.join(' › ') || '输入', en: en.join(' › ') || 'input' };
}

const CUSTOM: Record<string, Text> = {
  'not-a-number': { zh: '应为数字', en: 'must be a number' },
  'bad-grouping': {
    zh: '逗号只能用作千位分隔（如 1,500）；小数请用小数点（如 1.5）',
    en: 'a comma may only group thousands (1,500); write decimals with a point (1.5)',
  },
  'too-large': { zh: '数值过大，不像是实际数量', en: 'is far too large to be a real quantity' },
  'ends-before-start': { zh: '结束日期早于开始日期', en: 'ends before it starts' },
  negative: { zh: '不能为负数', en: 'must not be negative' },
  'not-an-integer': { zh: '应为整数', en: 'must be a whole number' },
  'rate-above-one': { zh: '比率不能大于1（即100%）', en: 'a rate must be at most 1 (100%)' },
  'not-a-date': { zh: '不是有效日期（YYYY-MM-DD）', en: 'is not a real date (YYYY-MM-DD)' },
  'months-above-twelve': { zh: '一年不超过12个月', en: 'at most 12 months in a year' },
  'monitored-type-without-monitored': {
    zh: '只有监测对象才填监测对象类型',
    en: 'only monitored households have a monitored type',
  },
  'duplicate-activity': {
    zh: '同一产业只填一行（请合并数量）',
    en: 'one row per activity type (add the quantities together)',
  },
  'duplicate-id': { zh: '编号重复', en: 'duplicate id' },
  // the pack schema's own checks (validatePack)
  'amount-or-rates': {
    zh: '单价须给出 amount 或 rates 之一（不能都有，也不能都没有）',
    en: 'give either amount or rates (one of the two)',
  },
  'undeclared-activity': {
    zh: '产业类型未在 inputs.activities 中声明',
    en: 'activity type not declared in inputs.activities',
  },
  'unknown-standard': { zh: '未知的标准', en: 'unknown standard' },
  'dated-unknown-path': { zh: '该标准没有这一项数值', en: 'the standard has no value at this path' },
  'dated-starts-late': {
    zh: '数值序列须从标准执行期第一天或更早开始',
    en: 'the series must start on or before the standard’s first day',
  },
  'dated-out-of-order': { zh: '日期须按先后排列且不重复', en: 'dates must be in order, each once' },
  'dated-disagrees': {
    zh: '与执行期第一天适用的数值不一致',
    en: 'differs from the value in force on the first day',
  },
  'below-min': { zh: '小于允许的最小值', en: 'is below the smallest value allowed' },
  'above-max': { zh: '大于允许的最大值', en: 'is above the largest value allowed' },
};

/** "未知字段：are（是否为 area？）" — each unknown key with the nearest known name, if one is near. */
function unknownKeys(keys: readonly string[], known: readonly string[]): Text {
  const zh: string[] = [];
  const en: string[] = [];
  for (const k of keys) {
    const near = closestName(k, known);
    zh.push(near ? `${k}（是否为 ${near}？）` : k);
    en.push(near ? `${k} (did you mean ${near}?)` : k);
  }
  return { zh: `未知字段：${zh.join('、')}`, en: `unknown fields: ${en.join(', ')}` };
}

const ENGINE_KEYS = Object.keys(FIELD_LABELS);

/**
 * Turns one zod issue into a Chinese + English message; `known` are the field names an unknown
 * key is compared with (default: the engine's, `FIELD_LABELS`). This is a pure function.
 */
export function issueMessage(issue: z.core.$ZodIssue, known: readonly string[] = ENGINE_KEYS): Text {
  switch (issue.code) {
    case 'custom': {
      const c = CUSTOM[issue.message];
      const { value, limit } = (issue.params ?? {}) as { value?: string; limit?: string };
      if (c && limit !== undefined)
        return { zh: `${c.zh}${limit}：“${value}”`, en: `${c.en} (${limit}): "${value}"` };
      if (c) return value ? { zh: `${c.zh}：“${value}”`, en: `${c.en}: "${value}"` } : c;
      return { zh: issue.message, en: issue.message };
    }
    case 'invalid_type':
      if (issue.input === undefined) return { zh: '必填', en: 'is required' };
      return {
        zh: `类型不对：应为${issue.expected === 'number' ? '数字' : issue.expected === 'boolean' ? '是/否' : issue.expected === 'string' ? '文字' : issue.expected}`,
        en: `wrong type: expected ${issue.expected}`,
      };
    case 'invalid_value':
      return {
        zh: `未知的取值“${String(issue.input)}”；可选：${issue.values.map(String).join('、')}`,
        en: `unknown value "${String(issue.input)}"; allowed: ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_union': {
      const u = issue as { discriminator?: string; options?: unknown[]; input?: unknown };
      if (u.discriminator) {
        const v =
          u.input && typeof u.input === 'object'
            ? (u.input as Record<string, unknown>)[u.discriminator]
            : undefined;
        const allowed = (u.options ?? []).map(String);
        return v === undefined
          ? { zh: `必填；可选：${allowed.join('、')}`, en: `is required; allowed: ${allowed.join(', ')}` }
          : {
              zh: `未知的类型“${String(v)}”；可选：${allowed.join('、')}`,
              en: `unknown type "${String(v)}"; allowed: ${allowed.join(', ')}`,
            };
      }
      return { zh: '格式不对', en: 'invalid value' };
    }
    case 'too_small':
      return { zh: `不能小于${String(issue.minimum)}`, en: `must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return { zh: `不能大于${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` };
    case 'invalid_format':
      return { zh: '格式不对', en: `invalid format (${issue.format})` };
    case 'unrecognized_keys':
      return unknownKeys(issue.keys, known);
    default:
      return { zh: issue.message, en: issue.message };
  }
}

/**
 * Turns a zod error into field errors naming each field in Chinese and English; `labels` (a
 * pack's, see `packSchemas`) name the pack's own fields.
 */
export function fieldErrors(error: z.ZodError, labels?: ReadonlyMap<string, Text>): FieldError[] {
  const known = labels
    ? [...ENGINE_KEYS, ...[...labels.keys()].filter((k) => !k.startsWith('activity:'))]
    : ENGINE_KEYS;
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    field: fieldText(issue.path, labels),
    message: issueMessage(issue, known),
  }));
}

/** Validates any input against a schema, returning field errors instead of throwing. */
export function validateWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  labels?: ReadonlyMap<string, Text>,
): Validation<z.infer<S>> {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: fieldErrors(r.error, labels) };
}

/**
 * Validates a subject (household, collective or operator) against what a pack declares: its
 * activities, their fields and its facts. Bad input never throws: each problem names its field
 * in Chinese and English. This is a pure function.
 */
export function validateSubject(input: unknown, pack: PolicyPack): Validation<Subject> {
  const schemas = packSchemas(pack);
  return validateWith(schemas.subject, input, schemas.labels) as Validation<Subject>;
}

/** "活动 › 第2项 › 面积: 不能为负数：“-1” / activities › #2 › area: must not be negative: "-1"" */
export function formatFieldError(e: FieldError, lang: 'zh' | 'en' | 'both' = 'both'): string {
  const zh = `${e.field.zh}：${e.message.zh}`;
  const en = `${e.field.en}: ${e.message.en}`;
  return lang === 'zh' ? zh : lang === 'en' ? en : `${zh} / ${en}`;
}
