import { closestName } from '../core/closest.ts';
import type { Lang, Text } from '../core/i18n.ts';
import { Dec, plain, toFen } from '../core/money.ts';
import { type TraceEntry, traceEntry } from '../core/trace.ts';
import { unitText } from '../core/units.ts';
import { formatYuan } from '../format/yuan.ts';
import { conditionCheck } from '../machine/checks.ts';
import { datedResolver } from '../pack/dated.ts';
import type { InputField } from '../pack/inputs.schema.ts';
import type { PolicyPack, ProjectCheck, Standard } from '../pack/pack.schema.ts';
import { formatQuantity } from '../render/format.ts';
import { thresholdText } from '../render/line.ts';
import { fieldSchema } from '../schemas/pack-subject.ts';
import { issueMessage } from '../schemas/validate.ts';
import { type ProjectChoice, projectChoice, projectChoices } from './choices.ts';
import { InfraProject, type InfraProjectInput } from './infra.schema.ts';

export type Verdict = 'below' | 'within' | 'above';

/** A project's cost range under the plan's standard, and the budget judged against it. */
export interface ProjectEstimate {
  /** the standard applied (of a group: the first whose conditions hold) */
  readonly standardId: string;
  readonly clause: string;
  readonly clauseText: string;
  readonly title: Text;
  /** the group of alternatives the standard was chosen in, or null */
  readonly group: string | null;
  /** the standards whose conditions hold, the applied one first (more than one: they overlap) */
  readonly alternatives: readonly string[];
  readonly quantity: string | null;
  /** the unit code of the quantity (the cost range's `per`: km, m2, seat…) */
  readonly unit: string | null;
  /** the standard per unit (min = max for an average or a fixed amount) */
  readonly perUnit: { readonly min: string; readonly max: string; readonly average: boolean } | null;
  /** the project's cost range: per unit × quantity, rounded to the fen */
  readonly range: { readonly min: string; readonly max: string } | null;
  /** the budget, rounded to the fen (it is judged as rounded) */
  readonly budget: string | null;
  /** below / within / above the range; null when the plan gives no number or no budget is given */
  readonly verdict: Verdict | null;
  /** the conditions that chose the standard, then the design checks of the fields given */
  readonly trace: readonly TraceEntry[];
  readonly notes: readonly Text[];
}

/** Why a project cannot be estimated, at its input path (`quantity`, `fields.span`, `budget`). */
export interface ProjectProblem {
  readonly code:
    | 'invalid'
    | 'required'
    | 'unknown-standard'
    | 'not-a-project'
    | 'unknown-field'
    | 'not-applicable'
    | 'other-applies'
    | 'no-alternative';
  /** `standardId`, `group`, `quantity`, `fields.KEY` or `budget` */
  readonly path: string;
  /** the field's name as the pack declares it, in both languages */
  readonly field: Text;
  readonly message: Text;
  /** other-applies: the standard whose conditions decide the project */
  readonly applies?: string;
  /** other-applies: why several standards hold (the overlap note), when they do */
  readonly note?: Text;
}

export type ProjectResult =
  | { readonly ok: true; readonly estimate: ProjectEstimate }
  | { readonly ok: false; readonly problems: readonly ProjectProblem[] };

/** A project that cannot be estimated (thrown by `estimateProject`; `tryEstimateProject` returns it). */
export class ProjectInputError extends Error {
  constructor(readonly problems: readonly ProjectProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message.en}`).join('; '));
  }
}

export interface EstimateOptions {
  /** the date whose values apply (a value that changes within the plan); default the pack's first day */
  readonly asOf?: string;
}

const STANDARD_LABEL: Text = { zh: '标准', en: 'standard' };
const BUDGET_LABEL: Text = { zh: '预算（元）', en: 'budget (yuan)' };

/** "名称（单位）" / "Name (unit)": a declared field's name with its unit. */
export function projectFieldLabel(f: InputField): Text {
  const u = unitText(f.unit);
  return {
    zh: u.zh ? `${f.label.zh}（${u.zh}）` : f.label.zh,
    en: u.en ? `${f.label.en} (${u.en})` : f.label.en,
  };
}

// a project has no subject: its conditions read only the project's own values
const NO_SUBJECT = undefined as never;

/**
 * The values the entries were found with, once per condition: "名称 10 米" / "name 10 m";
 * `joint` sits between the name and the value ("名称恰为 10 米", "name of 10 m").
 */
function valuesText(entries: readonly TraceEntry[], lang: Lang, joint = ' '): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of entries) {
    const key = `${e.label.zh}|${e.value}`;
    if (seen.has(key) || e.value === null) continue;
    seen.add(key);
    out.push(`${e.label[lang]}${joint}${formatQuantity(e.value, e.unit, lang)}`);
  }
  return out.join(lang === 'zh' ? '、' : ', ');
}

/** "¥4,500.00–¥5,000.00/㎡" / "¥4,500.00–¥5,000.00 per m²" */
function perUnitText(per: { min: string; max: string }, unit: string, lang: Lang): string {
  const amount = per.min === per.max ? formatYuan(per.min) : `${formatYuan(per.min)}–${formatYuan(per.max)}`;
  const u = unitText(unit)[lang];
  return lang === 'zh' ? `${amount}/${u}` : u === 'each' ? `${amount} each` : `${amount} per ${u}`;
}

interface Alternative {
  readonly standard: Standard;
  readonly entries: readonly TraceEntry[];
  /** the field each entry read, by condition id */
  readonly fieldOf: ReadonlyMap<string, string>;
  readonly holds: boolean;
}

function evaluate(s: Standard, values: Record<string, unknown>, asOf: string): Alternative {
  const entries: TraceEntry[] = [];
  const fieldOf = new Map<string, string>();
  let holds = true;
  s.conditions.forEach((c, j) => {
    const ev = conditionCheck(s, c, j).evaluate({ subject: NO_SUBJECT, source: values, asOf });
    entries.push(ev.entry);
    fieldOf.set(c.id, c.field);
    if (ev.outcome !== 'pass') holds = false;
  });
  return { standard: s, entries, fieldOf, holds };
}

/** A design check of a field given: value, threshold, clause. */
function designCheck(s: Standard, c: ProjectCheck, j: number, value: string, asOf: string): TraceEntry {
  const threshold = datedResolver(c.threshold, s.dated?.[`project.checks.${j}.threshold`])(asOf);
  const v = new Dec(value);
  const t = new Dec(threshold);
  const [op, passed] =
    c.kind === 'min'
      ? (['gte', v.gte(t)] as const)
      : c.kind === 'max'
        ? (['lte', v.lte(t)] as const)
        : (['eq', v.eq(t)] as const);
  return traceEntry(s.clause, c.id, c.label, op, plain(v), plain(t), c.unit, passed);
}

/**
 * The note when the conditions of several alternatives hold (a value at the bound shared by
 * "…以内" and "…以上", which both include the number): from the conditions' own words and the
 * group's reading.
 */
function overlapNote(
  choice: ProjectChoice,
  holding: readonly Alternative[],
  applied: Alternative,
  asOf: string,
): Text {
  const first = holding[0] as Alternative;
  const quoted = holding.map((a) => `“${a.standard.conditions.map((c) => c.text).join('，')}”`).join('与');
  const described = holding
    .map(
      (a) =>
        `"${a.standard.title.en}" (${a.entries.map((e) => `${e.label.en} ${thresholdText(e, 'en')}`).join(', ')})`,
    )
    .join(' and ');
  const reading = choice.group?.overlap;
  const n = holding.length;
  const s = applied.standard;
  const a = s.award;
  const per =
    a.kind === 'cost-range'
      ? {
          min: datedResolver(a.min, s.dated?.['award.min'])(asOf),
          max: datedResolver(a.max, s.dated?.['award.max'])(asOf),
        }
      : null;
  const perText =
    per && a.kind === 'cost-range'
      ? { zh: `（${perUnitText(per, a.per, 'zh')}）`, en: ` (${perUnitText(per, a.per, 'en')})` }
      : { zh: '', en: '' };
  return {
    zh: `${valuesText(first.entries, 'zh', '恰为 ')}：${quoted}按字面都满足${reading ? `（${reading.zh}）` : ''}，${n === 2 ? '两' : n}条标准都适用。本工具按政策包中排在前面的${s.title.zh}标准${perText.zh}计算，并提示标准重叠。`,
    en: `With ${valuesText(first.entries, 'en')}, the conditions of ${n === 2 ? 'both' : `all ${n}`} ${described} hold literally${reading ? ` (${reading.en})` : ''}, so ${n === 2 ? 'both standards apply' : `all ${n} standards apply`}. HuiNong applies the first in the pack, "${s.title.en}"${perText.en}, and flags the overlap.`,
  };
}

function zodPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Estimates a 五(二) project from the pack alone: the standard named (or chosen in its group by
 * the conditions: the first in the pack whose conditions all hold, the overlap said when several
 * do), its cost range per unit × quantity rounded to the fen, the budget rounded to the fen and
 * judged below / within / above (both bounds within), the conditions and the design checks of
 * the fields given, each with its clause. Every amount, threshold, field and word of the clause
 * comes from the pack. Bad input is returned as problems at their paths, never thrown. This is
 * a pure function.
 */
export function tryEstimateProject(
  input: InfraProjectInput,
  pack: PolicyPack,
  options: EstimateOptions = {},
): ProjectResult {
  const problems: ProjectProblem[] = [];
  const parsed = InfraProject.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = zodPath(issue.path);
      const field =
        path === 'budget'
          ? BUDGET_LABEL
          : path === 'quantity'
            ? { zh: '数量', en: 'quantity' }
            : STANDARD_LABEL;
      const message =
        issue.code === 'custom' && issue.message === 'standard-or-group'
          ? {
              zh: '须给出标准（standardId）或项目组（group）之一',
              en: 'give a standard (standardId) or a group, one of the two',
            }
          : issueMessage(issue);
      problems.push({ code: 'invalid', path, field, message });
    }
    return { ok: false, problems };
  }
  const project = parsed.data;
  const ref = project.standardId !== undefined ? 'standardId' : 'group';
  const found = projectChoice(pack, project);
  if (!found) {
    const id = (project.standardId ?? project.group) as string;
    const other = pack.standards.find((s) => s.id === id);
    const near = closestName(
      id,
      projectChoices(pack).flatMap((c) => [c.id, ...c.standards.map((s) => s.id)]),
    );
    problems.push(
      other
        ? {
            code: 'not-a-project',
            path: ref,
            field: STANDARD_LABEL,
            message: {
              zh: `${id} 是“${other.title.zh}”（${other.clause}）的奖补标准，不是基础设施项目的造价标准`,
              en: `${id} is the award standard "${other.title.en}" (${other.clause}), not a project cost standard`,
            },
          }
        : {
            code: 'unknown-standard',
            path: ref,
            field: STANDARD_LABEL,
            message: {
              zh: `政策包 ${pack.id} 没有项目标准或项目组“${id}”${near ? `（是否为 ${near}？）` : ''}`,
              en: `pack ${pack.id} has no project standard or group "${id}"${near ? ` (did you mean ${near}?)` : ''}`,
            },
          },
    );
    return { ok: false, problems };
  }
  const { choice, named } = found;
  const declared = new Map(choice.fields.map((f) => [f.field.key, f]));

  // the fields given: each one declared by the choice, of its declared type
  const values: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(project.fields)) {
    if (raw === undefined || raw === null || raw === '') continue;
    const def = declared.get(key);
    const path = `fields.${key}`;
    if (!def) {
      const owners = projectChoices(pack).filter(
        (c) => c.id !== choice.id && c.fields.some((f) => f.field.key === key),
      );
      const ownerField = owners[0]?.fields.find((f) => f.field.key === key)?.field;
      const keys = choice.fields.map((f) => f.field.key);
      const near = closestName(key, keys);
      problems.push({
        code: 'unknown-field',
        path,
        field: ownerField ? projectFieldLabel(ownerField) : { zh: key, en: key },
        message: ownerField
          ? {
              zh: `只有${owners.map((c) => `${c.title.zh}（${c.clause}）`).join('、')}填写这一项，${choice.title.zh}没有`,
              en: `is given only for ${owners.map((c) => `${c.title.en} (${c.clause})`).join(', ')}, not for ${choice.title.en}`,
            }
          : {
              zh: `${choice.title.zh}没有“${key}”这一项${near ? `（是否为 ${near}？）` : ''}；可填：${keys.join('、') || '无'}`,
              en: `${choice.title.en} has no field "${key}"${near ? ` (did you mean ${near}?)` : ''}; its fields: ${keys.join(', ') || 'none'}`,
            },
      });
      continue;
    }
    const r = fieldSchema(def.field).safeParse(raw, { reportInput: true });
    if (r.success) values[key] = r.data;
    else
      problems.push({
        code: 'invalid',
        path,
        field: projectFieldLabel(def.field),
        message: issueMessage(r.error.issues[0] as never),
      });
  }
  // the quantity, in the unit of the cost range (none when the plan gives no number)
  const qDef = choice.quantity;
  let quantity: string | null = null;
  if (qDef) {
    const label = projectFieldLabel(qDef);
    if (project.quantity === undefined)
      problems.push({
        code: 'required',
        path: 'quantity',
        field: label,
        message: { zh: '必填', en: 'is required' },
      });
    else {
      const r = fieldSchema(qDef).safeParse(project.quantity, { reportInput: true });
      if (r.success) {
        quantity = r.data as string;
        values[qDef.key] = quantity;
      } else
        problems.push({
          code: 'invalid',
          path: 'quantity',
          field: label,
          message: issueMessage(r.error.issues[0] as never),
        });
    }
  }
  // what the conditions read must be given: without it no standard can be chosen
  for (const f of choice.fields)
    if (
      f.required &&
      values[f.field.key] === undefined &&
      !problems.some((p) => p.path === `fields.${f.field.key}`)
    )
      problems.push({
        code: 'required',
        path: `fields.${f.field.key}`,
        field: projectFieldLabel(f.field),
        message: f.field.help
          ? { zh: `必填：${f.field.help.zh}`, en: `is required: ${f.field.help.en}` }
          : {
              zh: `必填：${choice.clause}按${f.field.label.zh}适用标准`,
              en: `is required: ${choice.clause} chooses its standard by ${f.field.label.en}`,
            },
      });
  if (problems.length) return { ok: false, problems };

  // the alternatives: the first whose conditions all hold applies
  const asOf = options.asOf ?? pack.dates.from;
  const alternatives = choice.standards.map((s) => evaluate(s, values, asOf));
  const holding = alternatives.filter((a) => a.holds);
  const applied = holding[0];
  const pathOf = (a: Alternative, e: TraceEntry): string => {
    const field = a.fieldOf.get(e.condition) ?? '';
    return qDef && field === qDef.key ? 'quantity' : `fields.${field}`;
  };
  const fieldLabelOf = (path: string): Text => {
    if (path === 'quantity' && qDef) return projectFieldLabel(qDef);
    const def = declared.get(path.slice('fields.'.length));
    return def ? projectFieldLabel(def.field) : { zh: path, en: path };
  };
  if (!applied) {
    for (const a of named ? alternatives.filter((x) => x.standard === named) : alternatives) {
      const failed = a.entries.find((e) => !e.passed) as TraceEntry;
      const path = pathOf(a, failed);
      problems.push({
        code: named ? 'not-applicable' : 'no-alternative',
        path,
        field: fieldLabelOf(path),
        message: {
          zh: `不符合 ${a.standard.id}（${a.standard.title.zh}）的条件“${a.standard.conditions.find((c) => c.id === failed.condition)?.text ?? ''}”：${valuesText([failed], 'zh')} ${thresholdText(failed, 'zh')}不成立`,
          en: `does not meet the condition of ${a.standard.id} (${a.standard.title.en}): ${valuesText([failed], 'en')} is not ${thresholdText(failed, 'en')}`,
        },
      });
    }
    return { ok: false, problems };
  }
  const overlap = holding.length > 1 ? overlapNote(choice, holding, applied, asOf) : null;
  if (named && applied.standard !== named) {
    const path = pathOf(applied, applied.entries[0] as TraceEntry);
    const s = applied.standard;
    problems.push({
      code: 'other-applies',
      path,
      field: fieldLabelOf(path),
      applies: s.id,
      ...(overlap ? { note: overlap } : {}),
      message: {
        zh: `${valuesText(applied.entries, 'zh')}适用 ${s.id}（${s.title.zh}），不是 ${named.id}`,
        en: `a ${valuesText(applied.entries, 'en', ' of ')} falls under ${s.id} (${s.title.en}), not ${named.id}`,
      },
    });
    return { ok: false, problems };
  }

  const s = applied.standard;
  const trace: TraceEntry[] = [...applied.entries];
  (s.project?.checks ?? []).forEach((c, j) => {
    const v = values[c.field];
    if (typeof v === 'string') trace.push(designCheck(s, c, j, v, asOf));
  });
  const notes: Text[] = [];
  if (overlap) notes.push(overlap);
  notes.push(...s.notes);
  const budget = project.budget === undefined ? null : toFen(project.budget);
  const base = {
    standardId: s.id,
    clause: s.clause,
    clauseText: s.text,
    title: s.title,
    group: choice.group?.id ?? null,
    alternatives: holding.map((a) => a.standard.id),
    budget,
    trace,
  };
  const a = s.award;
  if (a.kind !== 'cost-range' || quantity === null)
    return {
      ok: true,
      estimate: { ...base, quantity: null, unit: null, perUnit: null, range: null, verdict: null, notes },
    };
  const min = datedResolver(a.min, s.dated?.['award.min'])(asOf);
  const max = datedResolver(a.max, s.dated?.['award.max'])(asOf);
  const q = new Dec(quantity);
  const range = { min: toFen(q.times(min)), max: toFen(q.times(max)) };
  if (a.average)
    notes.push({
      zh: '方案给出的是“平均投资”，不是上下限：预算与平均值比较。',
      en: 'The plan gives an average cost, not a range: the budget is compared with the average.',
    });
  let verdict: Verdict | null = null;
  if (budget !== null) {
    const b = new Dec(budget);
    verdict = b.lt(range.min) ? 'below' : b.gt(range.max) ? 'above' : 'within';
  }
  return {
    ok: true,
    estimate: {
      ...base,
      quantity: plain(q),
      unit: a.per,
      perUnit: { min, max, average: a.average },
      range,
      verdict,
      notes,
    },
  };
}

/**
 * `tryEstimateProject`, for a project known to be good (an example, a test): throws
 * `ProjectInputError` with the problems otherwise. This is a pure function.
 */
export function estimateProject(
  input: InfraProjectInput,
  pack: PolicyPack,
  options: EstimateOptions = {},
): ProjectEstimate {
  const r = tryEstimateProject(input, pack, options);
  if (!r.ok) throw new ProjectInputError(r.problems);
  return r.estimate;
}
