/**
 * `huinong estimate`: 五(二) infrastructure projects (roads, bridges, toilets …) judged against
 * the pack's cost standards by the engine's `estimateProject` — below, within or above the range
 * scaled to the quantity, the difference and the clause, in Chinese and English. Every project is
 * read first (a standard the pack names, a quantity in the standard's unit, a budget in yuan,
 * numbers as people type them: １２, 1,500); any bad field refuses the whole run (exit code 2).
 * No file is read here: see estimate-file.ts.
 */
import {
  closestName,
  Dec,
  formatWan,
  formatYuan,
  type InfraProjectInput,
  type InputField,
  issueMessage,
  type Lang,
  type PolicyPack,
  type ProjectChoice,
  type ProjectEstimate,
  type ProjectProblem,
  projectChoices,
  projectStandards,
  readDecimal,
  type Standard,
  type Text,
  traceText,
  tryEstimateProject,
  unitText,
  type Verdict,
} from '@huinong/benefits';

export { projectStandards };

/**
 * The fields every project gives, as a caseworker gives them. The other fields (a bridge's span,
 * a road's widths…) are the ones the pack's project standards declare: see `packFields`.
 */
export const PROJECT_FIELDS = ['name', 'standard', 'quantity', 'budget'] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];

/** A field a project standard of the pack declares, with its option and the headers that name it. */
export interface PackField {
  readonly key: string;
  /** "--span", "--roadbed-width" */
  readonly option: string;
  readonly field: InputField;
  /** what a header may say for it (compared without spaces, case, full-width forms, a unit in brackets) */
  readonly headers: readonly string[];
}

/** "roadbedWidth" → "roadbed-width" */
const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The fields the pack's project standards declare (beyond the quantity), once each, in pack
 * order: what `--KEY` options, JSON keys and table columns a project may also give.
 */
export function packFields(pack: PolicyPack): PackField[] {
  const out: PackField[] = [];
  for (const c of projectChoices(pack))
    for (const { field } of c.fields)
      if (!out.some((f) => f.key === field.key))
        out.push({
          key: field.key,
          option: `--${kebab(field.key)}`,
          field,
          headers: [
            field.key,
            kebab(field.key),
            field.label.zh,
            field.label.en,
            ...(field.column ? [field.column.key, field.column.zh, ...field.column.aliases] : []),
          ],
        });
  return out;
}

/** One project as given: raw values (option text, JSON values or cells), and where it came from. */
export interface RawProject {
  /** "项目.json 第2项" / "项目.json #2"; empty for the command-line options */
  readonly where: Text;
  /** the machine path of each field, by key: "--quantity", "[1].quantity", "项目!C5", "--span" */
  readonly paths: Readonly<Record<string, string>>;
  /** by key: the common fields and the pack's fields */
  readonly values: Readonly<Record<string, unknown>>;
  /** problems found while reading (an unknown JSON key, a formula without a value) */
  readonly problems?: readonly EstimateProblem[];
  /** not a project at all (a JSON item that is no object): its problems say so, nothing more */
  readonly refused?: boolean;
}

/** A field that cannot be used: where, which field, what is wrong (Chinese and English). */
export interface EstimateProblem {
  readonly where: Text;
  readonly path: string;
  readonly field: Text;
  readonly message: Text;
}

/** One project judged: the engine's estimate, the project's name and the difference. */
export interface EstimateLine {
  readonly index: number;
  readonly name: string | null;
  readonly where: Text;
  readonly estimate: ProjectEstimate;
  /**
   * budget − lower bound when below (negative), budget − upper bound when above (positive),
   * "0.00" within; null without a verdict
   */
  readonly difference: string | null;
  readonly message: Text;
}

/** "Span" → "span" inside a sentence ("kW" stays). */
const lower = (s: string): string => (/^[A-Z][a-z]/.test(s) ? `${s[0]?.toLowerCase()}${s.slice(1)}` : s);

/** The quantity's label: "数量（公里）" / "quantity (km)"; a count by what it counts ("quantity (seats)"). */
function quantityLabel(q: InputField | null): Text {
  if (!q) return { zh: '数量', en: 'quantity' };
  const u = unitText(q.unit);
  return {
    zh: u.zh ? `数量（${u.zh}）` : `数量（${q.label.zh}）`,
    en: q.type === 'count' || !u.en ? `quantity (${lower(q.label.en)})` : `quantity (${u.en})`,
  };
}

/** A declared field's label: "跨度（米）" / "span (m)". */
export function declaredLabel(f: InputField): Text {
  const u = unitText(f.unit);
  return {
    zh: u.zh ? `${f.label.zh}（${u.zh}）` : f.label.zh,
    en: u.en ? `${lower(f.label.en)} (${u.en})` : lower(f.label.en),
  };
}

const LABELS: Record<Exclude<ProjectField, 'quantity'>, Text> = {
  name: { zh: '项目名称', en: 'project name' },
  standard: { zh: '标准', en: 'standard' },
  budget: { zh: '预算（元）', en: 'budget (yuan)' },
};

/** The label of a field: a common one, the quantity of a choice, or a field the pack declares. */
export function fieldLabel(
  key: string,
  choice: ProjectChoice | null = null,
  pack: PolicyPack | null = null,
): Text {
  if (key === 'quantity') return quantityLabel(choice?.quantity ?? null);
  if (key in LABELS) return LABELS[key as Exclude<ProjectField, 'quantity'>];
  const f =
    choice?.fields.find((x) => x.field.key === key)?.field ??
    (pack ? packFields(pack).find((x) => x.key === key)?.field : undefined);
  return f ? declaredLabel(f) : { zh: key, en: key };
}

/** The engine's words for a refused number ("不能为负数：“-2”"), from the code readDecimal gives. */
function numberMessage(code: string, value: unknown): Text {
  const shown = typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, 40) : '';
  return issueMessage({
    code: 'custom',
    message: code,
    params: { value: shown },
    path: [],
    input: value,
  } as never);
}

const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && !v.trim());

type Read = { ok: true; value: string } | { ok: false; message: Text };

/**
 * A number as the engine reads it (`readDecimal`: full-width digits, thousands commas), not
 * negative; `positive` refuses 0, `whole` a fraction, `fen` more than two decimals.
 */
function readNumber(v: unknown, rules: { positive?: boolean; whole?: boolean; fen?: boolean } = {}): Read {
  if (typeof v !== 'string' && typeof v !== 'number')
    return { ok: false, message: { zh: '应为数字', en: 'must be a number' } };
  const r = readDecimal(v);
  if (!r.ok) return { ok: false, message: numberMessage(r.problem, v) };
  const value = r.value;
  if (value.startsWith('-')) return { ok: false, message: numberMessage('negative', value) };
  const d = new Dec(value);
  if (rules.positive && d.isZero())
    return { ok: false, message: { zh: `应大于0：“${value}”`, en: `must be more than 0: "${value}"` } };
  if (rules.whole && !d.isInteger()) return { ok: false, message: numberMessage('not-an-integer', value) };
  if (rules.fen && d.decimalPlaces() > 2)
    return {
      ok: false,
      message: { zh: `金额最多两位小数（到分）：“${value}”`, en: `at most two decimals (fen): "${value}"` },
    };
  return { ok: true, value: d.toFixed() };
}

/** "infra-toilet（五(二)5）、…" — the pack's project standards, for messages. */
function standardList(pack: PolicyPack, lang: Lang): string {
  return projectStandards(pack)
    .map((s) => (lang === 'zh' ? `${s.id}（${s.clause}）` : `${s.id} (${s.clause})`))
    .join(lang === 'zh' ? '、' : ', ');
}

const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * The standard a caseworker named: its id, its title (Chinese or English) or its clause
 * (五(二)1); a group by its id, its label or its clause (五(二)3 names both bridge standards,
 * and the span chooses).
 */
type Named =
  | { ok: true; choice: ProjectChoice; ref: { standardId: string } | { group: string } }
  | { ok: false; message: Text };

function nameStandard(v: unknown, pack: PolicyPack): Named {
  if (isBlank(v))
    return {
      ok: false,
      message: {
        zh: `必填；本政策包的项目标准：${standardList(pack, 'zh')}`,
        en: `is required; the pack's project standards: ${standardList(pack, 'en')}`,
      },
    };
  if (typeof v !== 'string')
    return { ok: false, message: { zh: '应为标准编号（文字）', en: 'must be a standard id (text)' } };
  const word = v.trim();
  const key = fold(word);
  const choices = projectChoices(pack);
  const byId = pack.standards.find((s) => s.id === word);
  if (byId && !byId.subject.kinds.includes('project'))
    return {
      ok: false,
      message: {
        zh: `${byId.id} 是“${byId.title.zh}”（${byId.clause}）的奖补标准，不是基础设施项目的造价标准；本政策包的项目标准：${standardList(pack, 'zh')}`,
        en: `${byId.id} is the award standard "${byId.title.en}" (${byId.clause}), not a project cost standard; the pack's project standards: ${standardList(pack, 'en')}`,
      },
    };
  // a standard by its id, title or clause; a group by its id, label or clause
  const standards: { choice: ProjectChoice; standard: Standard }[] = choices.flatMap((choice) =>
    choice.standards
      .filter(
        (s) =>
          s.id === word || fold(s.title.zh) === key || fold(s.title.en) === key || fold(s.clause) === key,
      )
      .map((standard) => ({ choice, standard })),
  );
  const groups = choices.filter(
    (c) =>
      c.kind === 'group' &&
      (c.id === word || fold(c.title.zh) === key || fold(c.title.en) === key || fold(c.clause) === key),
  );
  const byIdFound = standards.find((x) => x.standard.id === word);
  if (byIdFound) return { ok: true, choice: byIdFound.choice, ref: { standardId: word } };
  const group = groups[0];
  if (group && standards.every((x) => x.choice === group))
    return { ok: true, choice: group, ref: { group: group.id } };
  const only = standards[0];
  if (only && standards.length === 1 && groups.length === 0)
    return { ok: true, choice: only.choice, ref: { standardId: only.standard.id } };
  if (standards.length > 1 || groups.length > 0) {
    const ids = [...new Set(standards.map((x) => x.standard.id))];
    return {
      ok: false,
      message: {
        zh: `“${word}”对应多项标准：${ids.join('、')}；请写标准编号`,
        en: `"${word}" names several standards: ${ids.join(', ')}; give the standard's id`,
      },
    };
  }
  const near = closestName(word, [
    ...choices.flatMap((c) => [...c.standards.map((s) => s.id), ...(c.kind === 'group' ? [c.id] : [])]),
    ...pack.standards.map((s) => s.id),
  ]);
  return {
    ok: false,
    message: {
      zh: `未知的标准“${word}”${near ? `（是否为 ${near}？）` : ''}；本政策包的项目标准：${standardList(pack, 'zh')}`,
      en: `unknown standard "${word}"${near ? ` (did you mean ${near}?)` : ''}; the pack's project standards: ${standardList(pack, 'en')}`,
    },
  };
}

const VERDICT: Record<Verdict, Text> = {
  below: { zh: '低于标准', en: 'below the standard' },
  within: { zh: '在标准范围内', en: 'within the standard' },
  above: { zh: '高于标准', en: 'above the standard' },
};

/** A unit of things counted one by one (a toilet, a pump): "¥200,000.00 each", not "per each". */
const each = (unit: string): boolean => unitText(unit).en === 'each';

/** "¥700,000.00–¥900,000.00 / 公里 per km" — a cost standard per unit, for the help. */
export function perUnitText(s: Standard): string {
  const a = s.award;
  if (a.kind !== 'cost-range') return '方案未给出数额 no figure';
  const u = unitText(a.per);
  const amount = a.min === a.max ? formatYuan(a.min) : `${formatYuan(a.min)}–${formatYuan(a.max)}`;
  return `${a.average ? '平均 average ' : ''}${amount} /${u.zh} ${each(a.per) ? 'each' : `per ${u.en}`}`;
}

/** The verdict in a sentence, with the bound and the difference. */
function verdictMessage(e: ProjectEstimate, difference: string | null): Text {
  const range = e.range;
  if (!range)
    return {
      zh: '方案未给出造价数额（参照行业技术规范执行），无法判断预算',
      en: 'the plan gives no cost figure (it defers to industry norms): the budget cannot be judged',
    };
  if (e.verdict === null || e.budget === null || difference === null)
    return { zh: '未给出预算：只列出标准范围', en: 'no budget given: the range only' };
  const one = range.min === range.max;
  const gap = formatYuan(difference.replace(/^-/, ''));
  if (e.verdict === 'below')
    return one
      ? {
          zh: `低于标准 ${formatYuan(range.min)}，差 ${gap}`,
          en: `below the standard ${formatYuan(range.min)} by ${gap}`,
        }
      : {
          zh: `低于标准下限 ${formatYuan(range.min)}，差 ${gap}`,
          en: `below the lower bound ${formatYuan(range.min)} by ${gap}`,
        };
  if (e.verdict === 'above')
    return one
      ? {
          zh: `高于标准 ${formatYuan(range.max)}，超出 ${gap}`,
          en: `above the standard ${formatYuan(range.max)} by ${gap}`,
        }
      : {
          zh: `高于标准上限 ${formatYuan(range.max)}，超出 ${gap}`,
          en: `above the upper bound ${formatYuan(range.max)} by ${gap}`,
        };
  return one
    ? { zh: `与标准 ${formatYuan(range.min)} 相符`, en: `equals the standard ${formatYuan(range.min)}` }
    : {
        zh: `在标准范围 ${formatYuan(range.min)}–${formatYuan(range.max)} 之内（含上下限）`,
        en: `within the range ${formatYuan(range.min)}–${formatYuan(range.max)} (both bounds included)`,
      };
}

function differenceOf(e: ProjectEstimate): string | null {
  if (e.verdict === null || e.budget === null || e.range === null) return null;
  const b = new Dec(e.budget);
  if (e.verdict === 'below') return b.minus(e.range.min).toFixed(2);
  if (e.verdict === 'above') return b.minus(e.range.max).toFixed(2);
  return '0.00';
}

type Judged = { ok: true; line: EstimateLine } | { ok: false; problems: EstimateProblem[] };

/** Reads one project and judges it with the engine; every bad field is named. */
export function judgeProject(raw: RawProject, index: number, pack: PolicyPack): Judged {
  const problems: EstimateProblem[] = [...(raw.problems ?? [])];
  if (raw.refused) return { ok: false, problems };
  const named = nameStandard(raw.values.standard, pack);
  const choice = named.ok ? named.choice : null;
  const pathOf = (key: string): string =>
    raw.paths[key] ?? packFields(pack).find((f) => f.key === key)?.option ?? key;
  const problem = (key: string, message: Text) =>
    problems.push({ where: raw.where, path: pathOf(key), field: fieldLabel(key, choice, pack), message });
  if (!named.ok) problem('standard', named.message);
  const v = raw.values;

  let name: string | null = null;
  if (!isBlank(v.name)) {
    if (typeof v.name === 'string' || typeof v.name === 'number') name = String(v.name).trim();
    else problem('name', { zh: '应为文字', en: 'must be text' });
  }
  // the quantity, in the standard's unit: not asked of a standard the plan gives no number for
  let quantity: string | undefined;
  const q = choice?.quantity ?? null;
  if (choice && q) {
    if (isBlank(v.quantity)) problem('quantity', { zh: '必填', en: 'is required' });
    else {
      const r = readNumber(v.quantity, { positive: true, whole: q.type === 'count' });
      if (r.ok) quantity = r.value;
      else problem('quantity', r.message);
    }
  }
  let budget: string | undefined;
  if (!isBlank(v.budget)) {
    const b = readNumber(v.budget, { fen: true });
    if (b.ok) budget = b.value;
    else problem('budget', b.message);
  }
  // the pack's own fields: numbers as people type them; the engine checks the rest
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(v)) {
    if ((PROJECT_FIELDS as readonly string[]).includes(key) || isBlank(value)) continue;
    const def = choice?.fields.find((f) => f.field.key === key)?.field;
    if (def && ['quantity', 'count', 'money', 'rate'].includes(def.type)) {
      const r = readNumber(value, { whole: def.type === 'count' });
      if (r.ok) fields[key] = r.value;
      else problem(key, r.message);
    } else fields[key] = value;
  }
  if (!named.ok || problems.length) return { ok: false, problems };
  const input: InfraProjectInput = {
    ...named.ref,
    ...(quantity === undefined ? {} : { quantity }),
    fields,
    ...(budget === undefined ? {} : { budget }),
  };
  const r = tryEstimateProject(input, pack);
  if (!r.ok) {
    for (const p of r.problems) problem(problemKey(p), cliMessage(p, choice as ProjectChoice));
    return { ok: false, problems };
  }
  const estimate = r.estimate;
  const difference = differenceOf(estimate);
  return {
    ok: true,
    line: {
      index,
      name,
      where: raw.where,
      estimate,
      difference,
      message: verdictMessage(estimate, difference),
    },
  };
}

/** The CLI's key of an engine problem's path: `fields.span` → `span`, `standardId` → `standard`. */
function problemKey(p: ProjectProblem): string {
  if (p.path.startsWith('fields.')) return p.path.slice('fields.'.length);
  if (p.path === 'standardId' || p.path === 'group') return 'standard';
  return p.path;
}

/** The engine's message, with what to do when the standard named is not the one that applies. */
function cliMessage(p: ProjectProblem, choice: ProjectChoice): Text {
  if (p.code !== 'other-applies') return p.message;
  const f = choice.fields.find((x) => `fields.${x.field.key}` === p.path)?.field;
  const label = f ? f.label : { zh: '条件', en: 'condition' };
  const note = p.note;
  return {
    zh: `${p.message.zh}；请改正标准或${label.zh}（也可写 ${choice.clause}，由${label.zh}决定）${note ? `。${note.zh}` : ''}`,
    en: `${p.message.en}; correct the standard or the ${lower(label.en)} (or write ${choice.clause} and let the ${lower(label.en)} choose)${note ? `. ${note.en}` : ''}`,
  };
}

export interface EstimateRun {
  readonly packId: string;
  readonly lines: EstimateLine[];
  readonly problems: EstimateProblem[];
}

/** Judges every project; the problems of all of them are collected (any one refuses the run). */
export function estimateProjects(raws: readonly RawProject[], pack: PolicyPack): EstimateRun {
  const lines: EstimateLine[] = [];
  const problems: EstimateProblem[] = [];
  raws.forEach((raw, i) => {
    const r = judgeProject(raw, i, pack);
    if (r.ok) lines.push(r.line);
    else problems.push(...r.problems);
  });
  return { packId: pack.id, lines, problems };
}

/** "--quantity 数量（公里）：不能为负数：“-2”" — one problem in one language. */
export function problemText(p: EstimateProblem, lang: Lang): string {
  const where = p.where[lang] || p.path;
  return lang === 'zh'
    ? `${where} › ${p.field.zh}：${p.message.zh}`
    : `${where} › ${p.field.en}: ${p.message.en}`;
}

/** "¥1,200,000.00（120 万元）" in Chinese, the yuan alone in English. */
function money(yuan: string, lang: Lang): string {
  return lang === 'zh' ? `${formatYuan(yuan)}（${formatWan(yuan)} 万元）` : formatYuan(yuan);
}

/** "¥1,750,000.00 – ¥2,250,000.00（175–225 万元）", or one amount when min = max. */
function rangeText(range: { readonly min: string; readonly max: string }, lang: Lang): string {
  if (range.min === range.max) return money(range.min, lang);
  const yuan = `${formatYuan(range.min)} – ${formatYuan(range.max)}`;
  return lang === 'zh' ? `${yuan}（${formatWan(range.min)}–${formatWan(range.max)} 万元）` : yuan;
}

/** The lines of one project in one language. */
function projectLines(line: EstimateLine, lang: Lang): string[] {
  const e = line.estimate;
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  const out: string[] = [];
  const unit = e.unit ? unitText(e.unit)[lang] : '';
  const counted = e.unit !== null && each(e.unit);
  if (e.perUnit && e.range && e.quantity !== null) {
    const per = e.perUnit;
    const perText =
      per.min === per.max
        ? `${per.average ? (zh ? '平均 ' : 'on average ') : ''}${formatYuan(per.min)}`
        : `${formatYuan(per.min)}–${formatYuan(per.max)}`;
    const qty = counted && !zh ? `${e.quantity}` : `${e.quantity} ${unit}`;
    out.push(
      zh
        ? `数量 ${qty}；标准每${unit} ${perText}；按数量 ${rangeText(e.range, lang)}`
        : `quantity ${qty}; standard ${perText} ${counted ? 'each' : `per ${unit}`}; for this quantity ${rangeText(e.range, lang)}`,
    );
  }
  if (e.budget !== null)
    out.push(`${zh ? '预算' : 'budget'} ${money(e.budget, lang)}${colon}${line.message[lang]}`);
  else out.push(line.message[lang]);
  for (const t of e.trace) out.push(traceText(t, lang));
  for (const n of e.notes) out.push(`${zh ? '注：' : 'Note: '}${n[lang]}`);
  return out;
}

/** The report a caseworker reads: each project in Chinese then English, the clause, a summary. */
export function estimateText(run: EstimateRun, pack: PolicyPack): string {
  const out: string[] = [
    `项目估算（基础设施项目造价标准）· 政策包 ${pack.id} ${pack.name.zh}`,
    `project estimates against the pack's project cost standards · pack ${pack.id} ${pack.name.en}`,
    '',
  ];
  for (const line of run.lines) {
    const e = line.estimate;
    const name = line.name ? `${line.name} · ` : '';
    const from = line.where.zh
      ? { zh: ` · ${line.where.zh}`, en: ` · ${line.where.en}` }
      : { zh: '', en: '' };
    out.push(
      `[${line.index + 1}] ${name}${e.title.zh}（${e.clause}，${e.standardId}）${verdictTag(e.verdict, 'zh')}${from.zh}`,
    );
    out.push(
      `    ${name}${e.title.en} (${e.clause}, ${e.standardId})${verdictTag(e.verdict, 'en')}${from.en}`,
    );
    const zh = projectLines(line, 'zh');
    const en = projectLines(line, 'en');
    for (let i = 0; i < Math.max(zh.length, en.length); i++) {
      if (zh[i]) out.push(`    ${zh[i]}`);
      if (en[i]) out.push(`    ${en[i]}`);
    }
    out.push(`    条款 clause ${e.clause}：${e.clauseText}`, '');
  }
  const s = summary(run.lines);
  out.push(
    `共 ${run.lines.length} 个项目：在标准范围内 ${s.within}，低于标准 ${s.below}，高于标准 ${s.above}，未判断 ${s.none}`,
    `${run.lines.length} project${run.lines.length === 1 ? '' : 's'}: ${s.within} within, ${s.below} below, ${s.above} above, ${s.none} not judged`,
  );
  return `${out.join('\n')}\n`;
}

function verdictTag(v: Verdict | null, lang: Lang): string {
  if (!v) return '';
  return lang === 'zh' ? `：${VERDICT[v].zh}` : `: ${VERDICT[v].en}`;
}

export interface EstimateSummary {
  readonly projects: number;
  readonly within: number;
  readonly below: number;
  readonly above: number;
  readonly none: number;
}

export function summary(lines: readonly EstimateLine[]): EstimateSummary {
  const count = (v: Verdict | null) => lines.filter((l) => l.estimate.verdict === v).length;
  return {
    projects: lines.length,
    within: count('within'),
    below: count('below'),
    above: count('above'),
    none: count(null),
  };
}

/** `--json`: each project with its range, budget, verdict and difference as decimal strings. */
export function estimateJson(run: EstimateRun) {
  return {
    packId: run.packId,
    projects: run.lines.map((l) => ({
      index: l.index,
      /** where the project was read: "项目.xlsx「项目」第5行" / "项目.xlsx sheet 项目 row 5"; null for the options */
      source: l.where.zh ? l.where : null,
      name: l.name,
      standardId: l.estimate.standardId,
      clause: l.estimate.clause,
      clauseText: l.estimate.clauseText,
      title: l.estimate.title,
      quantity: l.estimate.quantity,
      unit: l.estimate.unit,
      perUnit: l.estimate.perUnit,
      range: l.estimate.range,
      budget: l.estimate.budget,
      verdict: l.estimate.verdict,
      difference: l.difference,
      message: l.message,
      trace: l.estimate.trace,
      notes: l.estimate.notes,
    })),
    summary: summary(run.lines),
    errors: run.problems.map((p) => ({
      path: p.path,
      where: p.where,
      field: p.field,
      message: p.message,
      text: `${problemText(p, 'zh')} / ${problemText(p, 'en')}`,
    })),
  };
}

/**
 * The project of the command-line options (`--standard ID --quantity Q --budget YUAN`, and the
 * pack's fields as `--span 12`, `--roadbed-width 4.5`): every option but `--pack`, by key.
 */
export function optionProject(options: ReadonlyMap<string, string>): RawProject | null {
  const values: Record<string, unknown> = {};
  const paths: Record<string, string> = Object.fromEntries(PROJECT_FIELDS.map((f) => [f, `--${f}`]));
  for (const [option, v] of options) {
    if (option === '--pack' || !option.startsWith('--')) continue;
    const key = option.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    values[key] = v;
    paths[key] = option;
  }
  if (Object.keys(values).length === 0) return null;
  return { where: { zh: '', en: '' }, paths, values };
}
