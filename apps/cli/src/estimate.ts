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
  estimateProject,
  formatWan,
  formatYuan,
  InfraProject,
  issueMessage,
  type Lang,
  type PolicyPack,
  type ProjectEstimate,
  readDecimal,
  type Standard,
  type Text,
  type TraceEntry,
  toFen,
  traceText,
  type Verdict,
} from '@huinong/benefits';

/** The fields of one project, as a caseworker gives them. */
export const PROJECT_FIELDS = ['name', 'standard', 'quantity', 'budget', 'span'] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];

/** One project as given: raw values (option text, JSON values or cells), and where it came from. */
export interface RawProject {
  /** "项目.json 第2项" / "项目.json #2"; empty for the command-line options */
  readonly where: Text;
  /** the machine path of each field: "--quantity", "[1].quantity", "项目!C5" */
  readonly paths: Readonly<Record<ProjectField, string>>;
  readonly values: Readonly<Partial<Record<ProjectField, unknown>>>;
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

/** The project types estimateProject knows, by the standard it costs against. */
const PROJECT_TYPES: Readonly<Record<string, InfraProject['type']>> = {
  'infra-village-road': 'village-road',
  'infra-road-upgrade': 'road-upgrade',
  'infra-bridge-small': 'bridge',
  'infra-bridge-large': 'bridge',
  'infra-living-env': 'living-env',
  'infra-toilet': 'toilet',
};

/** Whether a standard is a 五(二) project cost standard (judged by estimateProject, not screened). */
export function isProjectStandard(s: Standard): boolean {
  return s.subject.kinds.includes('project');
}

export function projectStandards(pack: PolicyPack): Standard[] {
  return pack.standards.filter(isProjectStandard);
}

const UNIT: Record<string, Text> = {
  km: { zh: '公里', en: 'km' },
  m2: { zh: '㎡', en: 'm²' },
  seat: { zh: '座', en: 'each' },
};

/** The quantity's label for a standard: its unit, the deck area for a bridge. */
function quantityLabel(s: Standard | null): Text {
  const per = s?.award.kind === 'cost-range' ? s.award.per : null;
  if (per === 'm2') return { zh: '数量（桥面面积，㎡）', en: 'quantity (deck area, m²)' };
  if (per === 'km') return { zh: '数量（公里）', en: 'quantity (km)' };
  if (per === 'seat') return { zh: '数量（座）', en: 'quantity (number of toilets)' };
  return { zh: '数量', en: 'quantity' };
}

const LABELS: Record<Exclude<ProjectField, 'quantity'>, Text> = {
  name: { zh: '项目名称', en: 'project name' },
  standard: { zh: '标准', en: 'standard' },
  budget: { zh: '预算（元）', en: 'budget (yuan)' },
  span: { zh: '跨度（米）', en: 'span (m)' },
};

export function fieldLabel(field: ProjectField, s: Standard | null = null): Text {
  return field === 'quantity' ? quantityLabel(s) : LABELS[field];
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
 * (五(二)1; 五(二)3 names both bridge standards, and the span chooses: `standard` is then null).
 */
type Named =
  | { ok: true; standard: Standard | null; type: InfraProject['type'] }
  | { ok: false; message: Text };

function nameStandard(v: unknown, pack: PolicyPack): Named {
  const projects = projectStandards(pack);
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
  const byId = pack.standards.find((s) => s.id === word);
  const key = fold(word);
  const matches = byId
    ? [byId]
    : projects.filter((s) => fold(s.title.zh) === key || fold(s.title.en) === key || fold(s.clause) === key);
  const first = matches[0];
  if (!first) {
    const near = closestName(word, [...projects.map((s) => s.id), ...pack.standards.map((s) => s.id)]);
    return {
      ok: false,
      message: {
        zh: `未知的标准“${word}”${near ? `（是否为 ${near}？）` : ''}；本政策包的项目标准：${standardList(pack, 'zh')}`,
        en: `unknown standard "${word}"${near ? ` (did you mean ${near}?)` : ''}; the pack's project standards: ${standardList(pack, 'en')}`,
      },
    };
  }
  if (!isProjectStandard(first))
    return {
      ok: false,
      message: {
        zh: `${first.id} 是“${first.title.zh}”（${first.clause}）的奖补标准，不是基础设施项目的造价标准；本政策包的项目标准：${standardList(pack, 'zh')}`,
        en: `${first.id} is the award standard "${first.title.en}" (${first.clause}), not a project cost standard; the pack's project standards: ${standardList(pack, 'en')}`,
      },
    };
  const types = new Set(matches.map((s) => PROJECT_TYPES[s.id]));
  const type = PROJECT_TYPES[first.id];
  if (!type || types.size !== 1)
    return {
      ok: false,
      message: {
        zh: `${first.id}（${first.title.zh}，${first.clause}）是项目标准，但项目估算尚不支持这类项目（支持：${Object.keys(PROJECT_TYPES).join('、')}）`,
        en: `${first.id} (${first.title.en}, ${first.clause}) is a project standard, but the estimate does not cover this kind of project yet (it covers ${Object.keys(PROJECT_TYPES).join(', ')})`,
      },
    };
  return { ok: true, standard: matches.length === 1 ? first : null, type };
}

const VERDICT: Record<Verdict, Text> = {
  below: { zh: '低于标准', en: 'below the standard' },
  within: { zh: '在标准范围内', en: 'within the standard' },
  above: { zh: '高于标准', en: 'above the standard' },
};

/** "¥700,000.00–¥900,000.00 / 公里 per km" — a cost standard per unit, for the help. */
export function perUnitText(s: Standard): string {
  const a = s.award;
  if (a.kind !== 'cost-range') return '方案未给出数额 no figure';
  const u = UNIT[a.per] ?? { zh: a.per, en: a.per };
  const amount = a.min === a.max ? formatYuan(a.min) : `${formatYuan(a.min)}–${formatYuan(a.max)}`;
  return `${a.average ? '平均 average ' : ''}${amount} /${u.zh} ${a.per === 'seat' ? 'each' : `per ${u.en}`}`;
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
  const problem = (field: ProjectField, message: Text, s: Standard | null = null) =>
    problems.push({ where: raw.where, path: raw.paths[field], field: fieldLabel(field, s), message });
  const v = raw.values;
  const named = nameStandard(v.standard, pack);
  if (!named.ok) problem('standard', named.message);
  const standard = named.ok ? named.standard : null;
  const type = named.ok ? named.type : null;

  let name: string | null = null;
  if (!isBlank(v.name)) {
    if (typeof v.name === 'string' || typeof v.name === 'number') name = String(v.name).trim();
    else problem('name', { zh: '应为文字', en: 'must be text' });
  }

  // the quantity: not asked of a project the plan gives no number for
  let quantity: string | null = null;
  if (type !== 'living-env') {
    if (isBlank(v.quantity)) problem('quantity', { zh: '必填', en: 'is required' }, standard);
    else {
      const q = readNumber(v.quantity, { positive: true, whole: type === 'toilet' });
      if (q.ok) quantity = q.value;
      else problem('quantity', q.message, standard);
    }
  }
  let budget: string | undefined;
  if (!isBlank(v.budget)) {
    const b = readNumber(v.budget, { fen: true });
    if (b.ok) budget = b.value;
    else problem('budget', b.message);
  }
  let span: string | null = null;
  if (type === 'bridge') {
    if (isBlank(v.span))
      problem('span', {
        zh: '桥涵项目必填：五(二)3 按跨度区分小跨径（10米以内）和大跨径（10米以上）',
        en: 'is required for a bridge: 五(二)3 tells small spans (within 10 m) from large (10 m and above)',
      });
    else {
      const s = readNumber(v.span, { positive: true });
      if (s.ok) span = s.value;
      else problem('span', s.message);
    }
  } else if (type !== null && !isBlank(v.span))
    problem('span', { zh: '只有桥涵项目填写跨度', en: 'only a bridge has a span' });
  // the span is checked against the standard named even when the budget is refused
  if (type === null || (type !== 'living-env' && quantity === null) || (type === 'bridge' && span === null))
    return { ok: false, problems };
  const withBudget = budget === undefined ? {} : { budget };
  const q = quantity as string;
  const input =
    type === 'village-road' || type === 'road-upgrade'
      ? { type, lengthKm: q, ...withBudget }
      : type === 'bridge'
        ? { type, spanM: span as string, deckAreaM2: q, ...withBudget }
        : type === 'toilet'
          ? { type, count: q, ...withBudget }
          : { type, ...withBudget };
  const parsed = InfraProject.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field: ProjectField =
        key === 'budget' ? 'budget' : key === 'spanM' ? 'span' : key === 'type' ? 'standard' : 'quantity';
      problem(field, issueMessage(issue), standard);
    }
    return { ok: false, problems };
  }
  let estimate: ProjectEstimate;
  try {
    estimate = estimateProject(parsed.data, pack);
  } catch (e) {
    // a pack file with one bridge standard and not the other, or a known id that is no cost range
    problem('standard', {
      zh: `政策包 ${pack.id} 无法估算这个项目：${(e as Error).message}`,
      en: `pack ${pack.id} cannot estimate this project: ${(e as Error).message}`,
    });
    return { ok: false, problems };
  }
  // a bridge named by its standard: the span must fall under that standard
  if (standard && estimate.standardId !== standard.id) {
    const applies = pack.standards.find((s) => s.id === estimate.standardId);
    // at exactly 10 m the engine says why both clauses apply and which one it uses
    const why = estimate.notes[0];
    problem('span', {
      zh: `跨度 ${span} 米适用 ${estimate.standardId}（${applies?.title.zh ?? ''}），不是 ${standard.id}；请改正标准或跨度（也可写 ${standard.clause}，由跨度决定）${why ? `。${why.zh}` : ''}`,
      en: `a span of ${span} m falls under ${estimate.standardId} (${applies?.title.en ?? ''}), not ${standard.id}; correct the standard or the span (or write ${standard.clause} and let the span choose)${why ? `. ${why.en}` : ''}`,
    });
  }
  if (problems.length) return { ok: false, problems };
  // the engine gives a 五(二)4 budget as read ("300000"), every other one to the fen
  if (estimate.budget !== null) estimate = { ...estimate, budget: toFen(estimate.budget) };
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

/**
 * The engine writes the bridge's span check with the operator inside the threshold ("≤ 10",
 * "> 10"), which `traceText` would print twice ("≤ ≤ 10 米"): the operator is moved to `op`.
 */
function spanEntry(t: TraceEntry): TraceEntry {
  const m = /^([≤≥>])\s*(\S+)$/.exec(t.threshold ?? '');
  if (!m) return t;
  const op = m[1] === '≤' ? 'lte' : m[1] === '≥' ? 'gte' : 'gt';
  return { ...t, op, threshold: m[2] as string };
}

/** The lines of one project in one language. */
function projectLines(line: EstimateLine, lang: Lang): string[] {
  const e = line.estimate;
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  const out: string[] = [];
  const unit = e.unit ? (UNIT[e.unit] ?? { zh: e.unit, en: e.unit })[lang] : '';
  if (e.perUnit && e.range && e.quantity !== null) {
    const per = e.perUnit;
    const perText =
      per.min === per.max
        ? `${per.average ? (zh ? '平均 ' : 'on average ') : ''}${formatYuan(per.min)}`
        : `${formatYuan(per.min)}–${formatYuan(per.max)}`;
    const qty = e.unit === 'seat' ? (zh ? `${e.quantity} 座` : `${e.quantity}`) : `${e.quantity} ${unit}`;
    out.push(
      zh
        ? `数量 ${qty}；标准每${unit} ${perText}；按数量 ${rangeText(e.range, lang)}`
        : `quantity ${qty}; standard ${perText} ${e.unit === 'seat' ? 'each' : `per ${unit}`}; for this quantity ${rangeText(e.range, lang)}`,
    );
  }
  if (e.budget !== null)
    out.push(`${zh ? '预算' : 'budget'} ${money(e.budget, lang)}${colon}${line.message[lang]}`);
  else out.push(line.message[lang]);
  for (const t of e.trace) out.push(traceText(spanEntry(t), lang));
  for (const n of e.notes) out.push(`${zh ? '注：' : 'Note: '}${n[lang]}`);
  return out;
}

/** The report a caseworker reads: each project in Chinese then English, the clause, a summary. */
export function estimateText(run: EstimateRun, pack: PolicyPack): string {
  const out: string[] = [
    `项目估算（五(二) 基础设施类补助标准）· 政策包 ${pack.id} ${pack.name.zh}`,
    `project estimates against the plan's 五(二) cost standards · pack ${pack.id} ${pack.name.en}`,
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

/** The project of the command-line options (`--standard ID --quantity Q --budget YUAN …`). */
export function optionProject(options: ReadonlyMap<string, string>): RawProject | null {
  const values: Partial<Record<ProjectField, unknown>> = {};
  let any = false;
  for (const f of PROJECT_FIELDS) {
    const v = options.get(`--${f}`);
    if (v !== undefined) {
      values[f] = v;
      any = true;
    }
  }
  if (!any) return null;
  const paths = Object.fromEntries(PROJECT_FIELDS.map((f) => [f, `--${f}`])) as Record<ProjectField, string>;
  return { where: { zh: '', en: '' }, paths, values };
}
