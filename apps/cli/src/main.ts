#!/usr/bin/env node
/**
 * huinong — command line for other tools and for caseworkers.
 *   huinong screen FILE.json [--pack ID|FILE] [--as-of YYYY-MM-DD] [--compact]   JSON in, JSON out
 *   huinong screen ROSTER.xlsx|FILE.csv…|FILE.json -o RESULTS.xlsx|.csv|.json [--pack ID|FILE]
 *           [--as-of YYYY-MM-DD] [--mask 6,4] [--progress | --no-progress]
 *   huinong template [--pack ID|FILE] [-o roster-template.xlsx]        the pack's roster template
 *   huinong schema [--pack ID|FILE]                                    JSON Schema of the input
 *   huinong packs [--pack FILE]                                        the packs to choose from
 *   huinong estimate [PROJECTS.json|.xlsx|.csv] [--standard ID --quantity Q --budget YUAN]
 *           [--FIELD VALUE …] [--pack ID|FILE] [--json]   五(二) project budgets against the cost standards
 * Exit codes: 0 all screened; 1 some input rejected (errors name the row, column and field);
 * 2 unusable input. `estimate`: 0 every budget within its standard (or none given); 1 some budget
 * below or above; 2 bad input.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  asOfProblem,
  type CompiledPack,
  closestName,
  compilePack,
  defaultAsOf,
  type InputField,
  isRealIsoDate,
  type MaskOptions,
  subjectJsonSchema,
  sumMoney,
} from '@huinong/benefits';
import { lprSeries, resolvePlace } from '@huinong/policy-data';
import {
  LimitError,
  limitText,
  type PublicityChoice,
  ROSTER_LIMITS,
  RosterFileError,
  type RosterIssue,
} from '@huinong/roster';
import {
  declaredLabel,
  estimateJson,
  estimateProjects,
  estimateText,
  optionProject,
  PROJECT_FIELDS,
  packFields,
  perUnitText,
  problemText,
  projectStandards,
  type RawProject,
} from './estimate.ts';
import { EstimateFileError, readProjectFile } from './estimate-file.ts';
import { StdoutError, writeStdout } from './node/output.ts';
import {
  type ChosenPack,
  choosePack,
  DEFAULT_PACK,
  PackOptionError,
  packErrorLines,
  packsTable,
} from './packs.ts';
import { createProgress } from './progress.ts';
import { formatOf, issueText, screenFiles } from './roster/screen-file.ts';
import { screenJson } from './screen-json.ts';
import { writeTemplate } from './template.ts';

const USAGE = `用法 usage:
  huinong screen FILE.json [--as-of YYYY-MM-DD] [--compact]     筛查 screen subjects (one or an array), JSON out
  huinong screen 名册.xlsx -o 结果.xlsx [--as-of YYYY-MM-DD]    筛查整村名册 screen a roster
      输入 input: .xlsx，或 .csv（可多个，每个一张表），或 .json；输出 output (-o): .xlsx, .csv or .json
      --mask 6,4        公示名单显示身份证号的前6位和后4位（最多6,4）/ digits shown in the publicity list (at most 6,4)
      --publicity-account hidden|masked   公示名单是否列出银行账号（默认不列出）/ bank account on the list (default hidden)
      --publicity-name full|masked        户主姓名全名或遮盖为 张*国（默认全名）/ names in full (default) or masked
      --progress        在 stderr 显示进度（终端上默认显示）/ progress bar on stderr (default on a terminal)
  huinong template [-o roster-template.xlsx]                    名册模板 / the roster template
  huinong schema                                                输入的 JSON Schema / input JSON Schema
  huinong packs                                                 可选的政策包 / the packs to choose from
  huinong estimate --standard ID --quantity 数量 --budget 元      项目估算：五(二)造价标准 / a project budget
  huinong estimate 项目.json|项目.xlsx [--json]                   多个项目 / several projects（见 huinong estimate --help）
      --pack ID|FILE    政策包：内置编号（默认 ${DEFAULT_PACK.id}，见 huinong packs）或政策包 JSON 文件
                        the policy pack: a built-in id (default ${DEFAULT_PACK.id}) or a pack JSON file
退出码 exit codes: 0 全部筛查 all screened; 1 有行被拒绝 some rows rejected; 2 文件无法使用 unusable input`;

const ESTIMATE_USAGE = `用法 usage:
  huinong estimate --standard ID --quantity 数量 [--budget 元] [--字段 值 …] [--name 名称] [--pack ID|FILE] [--json]
  huinong estimate 项目.json|项目.xlsx|项目.csv … [--pack ID|FILE] [--json]
项目估算：按政策包的基础设施项目造价标准（如西乡 2023 五(二)：每公里、每平方米、每座的造价），把项目预算判为
低于、符合或高于标准，给出按数量折算的标准范围、差额、条件与设计检查和条款原文。
judges a project's budget against the pack's project cost standards (e.g. Xixiang 2023 五(二): per km, per m², each):
below, within or above the standard's range scaled to the quantity, with the difference, the checks and the clause.
  --standard ID     标准编号（也可写标准名称或条款，如 五(二)1）；本政策包的项目标准见下
                    the standard's id (or its title, or its clause such as 五(二)1); see below
  --quantity 数量    按标准的单位（见下，如公里、㎡、座）/ in the standard's unit (see below: km, m², each…)
  --budget 元        项目预算，以元为单位，最多两位小数（可不填：只列出标准范围）
                    the budget in yuan, at most two decimals (optional: the range only)
  --字段 值          标准声明的其他字段（见下，如 --span 12）：条件读取的必填，设计指标选填
  --FIELD VALUE     the other fields a standard declares (see below, e.g. --span 12): those its
                    conditions read are required, design figures optional
  --name 名称        项目名称，显示在结果中 / a name shown with the result
  --json            以 JSON 输出（金额为两位小数的字符串）/ JSON out (amounts as two-decimal strings)
  --pack ID|FILE    政策包（默认 ${DEFAULT_PACK.id}）/ the policy pack (default ${DEFAULT_PACK.id})
数字可按习惯书写：１２（全角）、1,200,000（千位逗号）；numbers as people type them (full-width, 1,200,000).
项目文件 project files:
  .json   一个项目、项目数组或 {"projects": [...]}，字段 fields: ${PROJECT_FIELDS.join(', ')} 和标准声明的字段 and the standards' own
          [{"name": "…", "standard": "infra-village-road", "quantity": 2.5, "budget": 1800000}]
  .xlsx / .csv  一行一个项目，表头 headers: 项目名称 name, 标准 standard, 数量 quantity, 预算（元）budget,
          及标准声明的字段（按字段名或键）and the standards' fields by name or key
          （其他列不读 / other columns are passed over; 隐藏的工作表不读 / hidden sheets are not read）
  以上、以下均含本数：预算恰为上限或下限属于符合标准 / both bounds are within the standard.
退出码 exit codes: 0 全部符合标准（或未给预算）every budget within (or none given);
  1 有预算低于或高于标准 some budget below or above; 2 输入有误 bad input (each field named)`;

const ESTIMATE_OPTIONS = ['--pack', ...PROJECT_FIELDS.map((f) => `--${f}`)];
const ESTIMATE_FLAGS = new Set(['--json', '--help', '-h']);

function fail(code: number, zh: string, en: string): never {
  process.stderr.write(`${zh}\n${en}\n`);
  process.exit(code);
}

interface Args {
  readonly positional: string[];
  readonly options: Map<string, string>;
  readonly flags: Set<string>;
}

const WITH_VALUE = new Set([
  '--as-of',
  '-o',
  '--output',
  '--mask',
  '--pack',
  '--publicity-account',
  '--publicity-name',
  '--standard',
  '--quantity',
  '--budget',
  '--name',
]);

/** `extra`: options that take a value besides WITH_VALUE (the pack's project fields: `--span`). */
function parseArgs(args: readonly string[], extra: ReadonlySet<string> = new Set()): Args {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (WITH_VALUE.has(a) || extra.has(a)) {
      const v = args[i + 1];
      if (v === undefined) fail(2, `${a} 缺少取值\n${USAGE}`, `${a} needs a value`);
      options.set(a === '--output' ? '-o' : a, v);
      i++;
    } else if (a.startsWith('--') && a.includes('=')) {
      const [k, ...v] = a.split('=');
      options.set(k === '--output' ? '-o' : (k as string), v.join('='));
    } else if (a.startsWith('-') && a !== '-') flags.add(a);
    else positional.push(a);
  }
  return { positional, options, flags };
}

/**
 * `--mask head,tail`: at most 6 and 4, so that a 身份证号's birth date (its 7th to 14th digits)
 * is always hidden; fewer may be shown.
 */
export function maskOption(value: string | undefined): MaskOptions {
  if (value === undefined) return {};
  const m = /^(\d{1,2}),(\d{1,2})$/.exec(value);
  if (!m)
    fail(2, `--mask 应写成 前位数,后位数（如 6,4）：${value}`, `--mask takes head,tail (e.g. 6,4): ${value}`);
  const head = Number(m[1]);
  const tail = Number(m[2]);
  if (head > 6 || tail > 4)
    fail(
      2,
      `--mask ${value} 显示的位数太多：最多显示前6位和后4位，出生日期（第7–14位）必须遮盖`,
      `--mask ${value} shows too much: at most the first 6 and the last 4, so the birth date (digits 7–14) stays hidden`,
    );
  return { head, tail };
}

/** `--publicity-account` and `--publicity-name`: what the county's 公示名单 shows. */
function publicityOption(args: Args): PublicityChoice {
  const account = args.options.get('--publicity-account') ?? 'hidden';
  const name = args.options.get('--publicity-name') ?? 'full';
  if (account !== 'hidden' && account !== 'masked')
    fail(
      2,
      `--publicity-account 只能是 hidden（不列出）或 masked（遮盖后列出）：${account}`,
      `--publicity-account takes hidden or masked: ${account}`,
    );
  if (name !== 'full' && name !== 'masked')
    fail(
      2,
      `--publicity-name 只能是 full（全名）或 masked（遮盖）：${name}`,
      `--publicity-name takes full or masked: ${name}`,
    );
  return { account, name };
}

/** The kinds of issue worth a line on the terminal even when no row was rejected. */
const TOLD: ReadonlySet<RosterIssue['kind']> = new Set([
  'hidden-sheet',
  'header',
  'merged-cells',
  'review',
  'privacy',
]);

function asOfOption(args: Args, pack: CompiledPack): string {
  const today = new Date().toISOString().slice(0, 10);
  const asOf = args.options.get('--as-of') ?? defaultAsOf(pack.pack, today);
  if (!isRealIsoDate(asOf)) fail(2, `--as-of 不是有效日期：${asOf}`, `--as-of is not a real date: ${asOf}`);
  // a plan decides the applications of its own period only
  const outside = asOfProblem(pack.pack, asOf);
  if (outside) fail(2, outside.zh, outside.en);
  return asOf;
}

/** The JSON path as it always was: subjects in, results as JSON on stdout. */
function screenJsonFile(file: string, args: Args, pack: CompiledPack): void {
  const asOf = asOfOption(args, pack);
  let text: string;
  try {
    if (statSync(file).size > ROSTER_LIMITS.jsonBytes) {
      const t = limitText(file, new LimitError('jsonBytes'));
      fail(2, t.zh, t.en);
    }
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(2, `无法读取文件 ${file}`, `cannot read ${file}: ${(e as Error).message}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    fail(2, `${file} 不是有效的 JSON`, `${file} is not valid JSON: ${(e as Error).message}`);
  }
  const out = screenJson(input, pack, asOf, sumMoney, lprSeries);
  writeStdout(Buffer.from(`${JSON.stringify(out, null, args.flags.has('--compact') ? 0 : 2)}\n`, 'utf8'));
  for (const w of out.warnings) process.stderr.write(`${w.text}\n`);
  if (out.errors.length) {
    for (const e of out.errors) process.stderr.write(`${e.text}\n`);
    process.exit(1);
  }
}

async function screenRoster(args: Args, pack: CompiledPack): Promise<void> {
  const asOf = asOfOption(args, pack);
  const output = args.options.get('-o') ?? null;
  const showProgress =
    args.flags.has('--progress') || (process.stderr.isTTY === true && !args.flags.has('--no-progress'));
  try {
    const r = await screenFiles({
      inputs: args.positional,
      output,
      pack,
      asOf,
      mask: maskOption(args.options.get('--mask')),
      publicity: publicityOption(args),
      lpr: lprSeries,
      resolvePlace,
      progress: createProgress(showProgress),
    });
    const t = r.summary.total;
    const where = output ? ` → ${output}` : '';
    process.stderr.write(
      `已筛查 ${t.subjects} 户/主体，符合 ${t.lines} 行，合计 ¥${t.amount}${where}\n` +
        `screened ${t.subjects} subjects: ${t.lines} eligible lines, total ¥${t.amount}${where}\n`,
    );
    const told = r.issues.filter((i) => TOLD.has(i.kind));
    if (told.length) {
      process.stderr.write(
        `请核实 ${told.length} 条提示（见「异常」）/ ${told.length} notes to check (see 异常):\n`,
      );
      for (const i of told.slice(0, 20))
        process.stderr.write(`  ${issueText(i, 'zh')}\n  ${issueText(i, 'en')}\n`);
    }
    if (r.rejected) {
      // the rows' own problems first: a refused 户主 row's other rows follow from it
      const shown = r.issues.filter((i) => i.rejected && i.kind !== 'not-screened').slice(0, 20);
      process.stderr.write(
        `有 ${r.summary.rejectedRows} 行未筛查（见「异常」）/ ${r.summary.rejectedRows} rows rejected (see 异常):\n`,
      );
      for (const i of shown) process.stderr.write(`  ${issueText(i, 'zh')}\n  ${issueText(i, 'en')}\n`);
      process.exitCode = 1;
    }
  } catch (e) {
    if (e instanceof RosterFileError) fail(2, e.text.zh, e.text.en);
    if (e instanceof StdoutError) stdoutFailed(e.code);
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
      fail(
        2,
        `文件读写失败（${code}）：${(e as Error).message}`,
        `cannot read or write a file: ${(e as Error).message}`,
      );
    throw e;
  }
}

/** Standard output cannot be written: exit 2 with a message, not a stack trace. */
function stdoutFailed(code: string): never {
  fail(
    2,
    `无法写出到标准输出（${code}）：${code === 'EPIPE' ? '接收输出的程序已退出' : code === 'ENOSPC' ? '磁盘已满' : '写入失败'}；结果不完整，请用 -o 写入文件`,
    `cannot write to standard output (${code}): the results are incomplete; use -o to write a file`,
  );
}

/** The pack of `--pack` (default the first built-in one); a bad one exits 2, naming each error. */
function packOption(args: Args): ChosenPack {
  try {
    return choosePack(args.options.get('--pack'));
  } catch (e) {
    if (!(e instanceof PackOptionError)) throw e;
    process.stderr.write(`${packErrorLines(e).join('\n')}\n`);
    process.exit(2);
  }
}

/**
 * `huinong estimate`: the projects of the files and of the options, judged and printed. The
 * options of the pack's own fields (`--span`) are the pack's: the arguments are read again once
 * the pack is known.
 */
async function estimate(argv: readonly string[]): Promise<void> {
  const first = parseArgs(argv);
  if (first.flags.has('--help') || first.flags.has('-h')) {
    process.stdout.write(`${ESTIMATE_USAGE}\n${standardsHelp(first)}`);
    return;
  }
  const { pack } = packOption(first);
  const fieldOptions = packFields(pack).map((f) => f.option);
  const args = parseArgs(argv, new Set(fieldOptions));
  const options = new Set([...ESTIMATE_OPTIONS, ...fieldOptions]);
  for (const name of [...args.flags]
    .filter((f) => !ESTIMATE_FLAGS.has(f))
    .concat([...args.options.keys()].filter((k) => !options.has(k)))) {
    const near = closestName(name, [...options, ...ESTIMATE_FLAGS]);
    fail(
      2,
      `huinong estimate 没有选项 ${name}${near ? `（是否为 ${near}？）` : ''}；见 huinong estimate --help`,
      `huinong estimate has no option ${name}${near ? ` (did you mean ${near}?)` : ''}; see huinong estimate --help`,
    );
  }
  if (projectStandards(pack).length === 0)
    fail(
      2,
      `政策包 ${pack.id}（${pack.name.zh}）没有基础设施项目造价标准，无法估算项目`,
      `pack ${pack.id} (${pack.name.en}) has no infrastructure project cost standards: there is nothing to estimate against`,
    );
  const raws: RawProject[] = [];
  for (const file of args.positional) {
    try {
      raws.push(...(await readProjectFile(file, pack)));
    } catch (e) {
      if (e instanceof EstimateFileError) fail(2, e.text.zh, e.text.en);
      throw e;
    }
  }
  const option = optionProject(args.options);
  if (option) raws.push(option);
  if (raws.length === 0)
    fail(
      2,
      `缺少项目：请用 --standard、--quantity、--budget 给出一个项目，或给出项目文件（.json、.xlsx、.csv）\n${ESTIMATE_USAGE}`,
      'no project: give one with --standard, --quantity and --budget, or a project file (.json, .xlsx, .csv)',
    );
  const run = estimateProjects(raws, pack);
  const json = args.flags.has('--json');
  if (run.problems.length) {
    if (json)
      writeStdout(Buffer.from(`${JSON.stringify(estimateJson({ ...run, lines: [] }), null, 2)}\n`, 'utf8'));
    const n = run.problems.length;
    process.stderr.write(
      `输入有 ${n} 处错误，未估算：\n${n} problem${n === 1 ? '' : 's'} in the input, nothing estimated:\n`,
    );
    for (const p of run.problems)
      process.stderr.write(`  ${problemText(p, 'zh')}\n  ${problemText(p, 'en')}\n`);
    process.exit(2);
  }
  const out = json ? `${JSON.stringify(estimateJson(run), null, 2)}\n` : estimateText(run, pack);
  writeStdout(Buffer.from(out, 'utf8'));
  if (run.lines.some((l) => l.estimate.verdict === 'below' || l.estimate.verdict === 'above'))
    process.exitCode = 1;
}

/** The help's list of the chosen pack's project standards (none for a pack without them). */
function standardsHelp(args: Args): string {
  const { pack } = packOption(args);
  const list = projectStandards(pack);
  if (list.length === 0)
    return `政策包 ${pack.id} 没有项目造价标准 / pack ${pack.id} has no project cost standards\n`;
  const fields = packFields(pack);
  const lines = list.map((s) => {
    const p = s.project;
    const line = (option: string, f: InputField, note = '') => {
      const label = declaredLabel(f);
      return `\n      ${option} ${label.zh} / ${label.en}${note}`;
    };
    const qty = p?.quantity ? line('--quantity', p.quantity) : '';
    const own = (p?.fields ?? []).map((f) =>
      line(
        fields.find((x) => x.key === f.key)?.option ?? f.key,
        f,
        s.conditions.some((c) => c.field === f.key) ? '（必填 required）' : '（选填 optional）',
      ),
    );
    return `  ${s.id.padEnd(20)} ${s.clause}  ${s.title.zh} / ${s.title.en}\n      ${perUnitText(s)}${qty}${own.join('')}`;
  });
  const groups = pack.projectGroups.map(
    (g) =>
      `  ${g.id.padEnd(20)} ${g.clause}  ${g.label.zh} / ${g.label.en}：${projectStandards(pack)
        .filter((s) => s.project?.group === g.id)
        .map((s) => s.id)
        .join('、')}（按条件选择 chosen by their conditions）`,
  );
  return `政策包 ${pack.id} 的项目标准 project standards of pack ${pack.id}:\n${lines.join('\n')}\n${
    groups.length
      ? `项目组 groups（--standard 也可写组名或条款 / --standard may name a group or its clause）:\n${groups.join('\n')}\n`
      : ''
  }`;
}

export async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'estimate') return estimate(rest);
  const args = parseArgs(rest);
  if (command === 'packs') {
    const extra = args.options.has('--pack') ? [packOption(args)] : [];
    process.stdout.write(`${packsTable(extra.filter((c) => c.file !== null))}\n`);
    return;
  }
  if (command === 'schema') {
    process.stdout.write(`${JSON.stringify(subjectJsonSchema(packOption(args).pack), null, 2)}\n`);
    return;
  }
  if (command === 'template') {
    const path = args.options.get('-o') ?? args.positional[0] ?? 'roster-template.xlsx';
    if (formatOf(path) !== 'xlsx')
      fail(2, `模板须为 .xlsx 文件：${path}`, `the template is an .xlsx file: ${path}`);
    const { pack } = packOption(args);
    try {
      await writeTemplate(path, pack);
    } catch (e) {
      fail(2, `无法写入 ${path}`, `cannot write ${path}: ${(e as Error).message}`);
    }
    process.stderr.write(
      `已生成名册模板 ${path}（政策包 ${pack.id}）\nwrote the roster template ${path} (policy pack ${pack.id})\n`,
    );
    return;
  }
  if (command !== 'screen') fail(2, USAGE, '');
  if (args.positional.length === 0) fail(2, `缺少输入文件。\n${USAGE}`, 'missing input file.');
  const pack = compilePack(packOption(args).pack);
  const single = args.positional.length === 1 ? (args.positional[0] as string) : null;
  if (single && formatOf(single) === 'json' && !args.options.has('-o'))
    return screenJsonFile(single, args, pack);
  if (!single && args.positional.length === 0) fail(2, USAGE, '');
  return screenRoster(args, pack);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // a stdout that fails asynchronously (a closed pipe) is reported like one that fails at once
  process.stdout.on('error', (e: NodeJS.ErrnoException) => stdoutFailed(e.code ?? 'EIO'));
  main(process.argv.slice(2)).catch((e: unknown) => {
    if (e instanceof StdoutError) stdoutFailed(e.code);
    fail(2, `内部错误：${(e as Error).message}`, `internal error: ${(e as Error).stack ?? String(e)}`);
  });
}
