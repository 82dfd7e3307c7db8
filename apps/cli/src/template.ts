/**
 * `huinong template --pack ID`: the roster workbook of a pack to fill in. The 产业 sheet's columns,
 * the activity names and the fact columns come from the pack (`rosterLayout`). Row 1 holds the Chinese headers with their
 * units, row 2 the English keys (the reader accepts either), row 3 on an example row whose id
 * starts with 示例 (the reader skips it). Category, activity, loan-purpose and yes/no columns have
 * drop-down lists; id, 身份证号 and account columns are text, so Excel keeps every digit. A second
 * trip or loan of a person is a 务工 or 贷款 row of 农户及成员 (see the guide and the examples).
 */
import {
  type ActivityDef,
  type Condition,
  Dec,
  idNumberCheckDigit,
  type PolicyPack,
  type SubjectKind,
} from '@huinong/benefits';
import {
  CATEGORIES,
  type ColumnDef,
  headerText,
  LOAN_PURPOSES,
  MONITORED_TYPES,
  OPERATOR_TYPES,
  ROW_TYPES,
  type RosterLayout,
  rosterLayout,
  SCHOOL_TYPES,
  type SheetDef,
  YES_NO,
} from '@huinong/roster';
import ExcelJS from 'exceljs';

/** Rows given drop-down lists and text format (Excel's own limit is far beyond a village). */
export const TEMPLATE_ROWS = 5000;

const id18 = (first17: string) => `${first17}${idNumberCheckDigit(first17)}`;

type Example = Record<string, string | number>;

/**
 * An example activity of a pack for a subject of `kind` (and household `category`): the first
 * standard it may claim from an activity, its fields filled to meet the standard's conditions
 * (the thresholds, attestations and dates of the clause). Null when the pack has none.
 */
export function exampleActivity(
  pack: PolicyPack,
  kind: SubjectKind,
  subjectId: string,
  category?: string,
): Example | null {
  for (const s of pack.standards) {
    if (s.source.kind !== 'activity' || !s.subject.kinds.includes(kind)) continue;
    if (kind === 'household' && s.subject.categories && !s.subject.categories.includes(category as never))
      continue;
    const def = pack.inputs.activities.find((a) => a.type === (s.source as { types: string[] }).types[0]);
    if (!def?.subjects.includes(kind)) continue;
    const values = new Map<string, string | number>();
    const fields = new Map(def.fields.map((f) => [f.key, f]));
    const at = (c: Condition) => (fields.has(c.field) ? c.field : null);
    for (const c of s.conditions) {
      const key = at(c);
      if (key === null) continue;
      const n = (d: string) => Number(new Dec(d).toFixed());
      switch (c.kind) {
        case 'min':
        case 'max':
          values.set(key, n(c.threshold));
          break;
        case 'attest':
          values.set(key, '是');
          break;
        case 'date-from':
        case 'date-to':
          values.set(key, c.date);
          break;
        case 'min-months':
          values.set(key, pack.dates.from);
          break;
        case 'one-of':
          values.set(key, c.values[0] as string);
          break;
        case 'min-difference':
          if (!values.has(c.minus)) values.set(c.minus, 1000);
          values.set(key, Number(values.get(c.minus)) + n(c.threshold) + 1000);
          break;
        case 'min-ratio':
          values.set(key, n(new Dec(c.threshold).times(Number(values.get(c.per) ?? 1)).toFixed()));
          break;
      }
    }
    // the quantity the award counts (or its ceiling is per): the threshold, and at least 1
    const atLeast = (key: string | undefined, n: number) => {
      if (key && fields.has(key)) values.set(key, Math.max(Number(values.get(key) ?? 0), n));
    };
    if (s.award.kind === 'per-unit') atLeast(s.award.quantity, 1);
    if (s.award.kind === 'share') {
      if (!values.has(s.award.base)) atLeast(s.award.base, 10000);
      atLeast(s.award.ceiling?.per, 1);
    }
    for (const c of s.conditions)
      if (c.kind === 'min-ratio' && fields.has(c.field))
        values.set(c.field, Number(new Dec(c.threshold).times(Number(values.get(c.per) ?? 1)).toFixed()));
    return { subjectId, type: def.label.zh, ...cells(def, values) };
  }
  return null;
}

/** Example values as a cadre writes them: 是/否, a choice by its Chinese name, by column key. */
function cells(def: ActivityDef, values: ReadonlyMap<string, string | number>): Example {
  const out: Example = {};
  for (const f of def.fields) {
    const v = values.get(f.key);
    if (v === undefined) continue;
    const column = f.column?.key ?? f.key;
    out[column] = f.type === 'choice' ? (f.choices?.find((c) => c.value === v)?.label.zh ?? String(v)) : v;
  }
  return out;
}

/**
 * The example rows of a pack's template, by sheet; ids start with 示例 so that a screen skips
 * them. People, trips and loans are the engine's; the activities and facts are the pack's.
 */
export function examples(pack: PolicyPack, layout: RosterLayout): Record<SheetDef['kind'], Example[]> {
  const year = pack.dates.from.slice(0, 4);
  // a trip away from the plan's province
  const away = pack.home.province.startsWith('广东') ? ['浙江省', '杭州市'] : ['广东省', '东莞市'];
  const second = pack.home.province.startsWith('江苏') ? ['浙江', '杭州'] : ['江苏', '苏州'];
  const facts: Example = {};
  for (const { fact, column } of layout.facts.households)
    facts[column.key] =
      fact.type === 'choice' ? (fact.choices?.[0]?.label.zh ?? '') : fact.type === 'yesno' ? '否' : '';
  // one household activity and one project (a collective's, else an operator's)
  const project =
    exampleActivity(pack, 'collective', '示例-C01') ?? exampleActivity(pack, 'operator', '示例-OP01');
  const activities = [exampleActivity(pack, 'household', '示例-001', 'monitored'), project].filter(
    (a): a is Example => a !== null,
  );
  return {
    households: [
      {
        rowType: '户主',
        township: '示例镇',
        village: '示例村',
        householdId: '示例-001',
        name: '王建国',
        idNumber: id18('61072419800101123'),
        category: '监测对象',
        monitoredType: '边缘易致贫户',
        zeroEmployment: '否',
        bankAccount: '6228480000000001234',
        laborer: '是',
        workFrom: `${year}-03-01`,
        workProvince: away[0] as string,
        workCity: away[1] as string,
        loanAmount: 50000,
        loanDate: `${year}-03-15`,
        loanTerm: 36,
        loanPurpose: '发展生产',
        ...facts,
      },
      {
        rowType: '成员',
        township: '示例镇',
        village: '示例村',
        householdId: '示例-001',
        name: '李秀英',
        idNumber: id18('61072419820202232'),
        laborer: '是',
        post: '护林员',
        postMonths: 10,
      },
      // 王建国's second trip and his 互助资金 borrowing: rows of the same person, not new people
      {
        rowType: '务工',
        householdId: '示例-001',
        name: '王建国',
        idNumber: id18('61072419800101123'),
        workFrom: `${year}-09-01`,
        workProvince: second[0] as string,
        workCity: second[1] as string,
      },
      {
        rowType: '贷款',
        householdId: '示例-001',
        name: '王建国',
        idNumber: id18('61072419800101123'),
        fundMember: '是',
        fundPurpose: '发展生产',
        fundFee: 360,
        fundPaidOn: `${year}-12-20`,
      },
    ],
    activities,
    collectives: [
      {
        township: '示例镇',
        village: '示例村',
        subjectId: '示例-C01',
        name: '示例村股份经济合作社',
        bankAccount: '2604000000000012345',
      },
    ],
    operators: [
      {
        township: '示例镇',
        village: '示例村',
        subjectId: '示例-OP01',
        name: '示例专业合作社',
        operatorType: '农民专业合作社',
        bankAccount: '2604000000000067890',
        poorWorkers: 5,
        wages: 50000,
      },
    ],
  };
}

interface List {
  readonly title: string;
  readonly values: readonly string[];
  /** the columns it serves */
  readonly keys?: readonly string[];
}

/** The drop-down lists of the hidden 选项 sheet: the engine's, the activity names, the pack's choices. */
function listsOf(layout: RosterLayout): List[] {
  const lists: List[] = [
    { title: '行类型', values: ROW_TYPES.map((c) => c.zh), keys: ['rowType'] },
    { title: '农户类别', values: CATEGORIES.map((c) => c.zh), keys: ['category'] },
    { title: '监测对象类型', values: MONITORED_TYPES.map((c) => c.zh), keys: ['monitoredType'] },
    { title: '是否', values: YES_NO.map((c) => c.zh) },
    { title: '学校类型', values: SCHOOL_TYPES.map((c) => c.zh), keys: ['schoolType'] },
    { title: '产业类型', values: layout.activityNames, keys: ['type'] },
    { title: '经营主体类型', values: OPERATOR_TYPES.map((c) => c.zh), keys: ['operatorType'] },
    { title: '贷款用途', values: LOAN_PURPOSES.map((c) => c.zh), keys: ['loanPurpose', 'fundPurpose'] },
  ];
  // a choice field of the pack (a breed, a risk status): its own list
  const taken = new Set(lists.flatMap((l) => l.keys ?? []));
  for (const def of layout.sheets)
    for (const c of def.columns)
      if (c.type === 'enum' && c.choices && !taken.has(c.key)) {
        taken.add(c.key);
        lists.push({ title: c.zh, values: c.choices.map((x) => x.zh), keys: [c.key] });
      }
  return lists;
}

function listFor(lists: readonly List[], c: ColumnDef): number {
  if (c.type === 'yesno') return 3;
  return lists.findIndex((l) => l.keys?.includes(c.key));
}

const letter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

/** The 说明 sheet: its title names the pack's plan; the rest is how to fill in any roster. */
function guide(pack: PolicyPack, layout: RosterLayout): string[] {
  const short = layout.activityChoices.household
    .flatMap((c) => (c.aliases ?? []).filter((a) => a.length <= 3).slice(0, 1))
    .slice(0, 2)
    .map((a) => `“${a}”`)
    .join('');
  const code = layout.activityChoices.household[0]?.code;
  return [
    `惠农 HuiNong 名册模板 / roster template（政策包 ${pack.id}：${pack.name.zh}；执行期 ${pack.dates.from} 至 ${pack.dates.to}）`,
    `  ${pack.name.en} (${pack.dates.from} to ${pack.dates.to})`,
    '',
    '怎么填 How to fill it in',
    '1. 「农户及成员」：每户一行“户主”（户的信息和户主本人），每个需申报的家庭成员一行“成员”；同一户填同一个户编号。',
    '   One 户主 row per household (the household and its head), one 成员 row per member with something to claim; the same 户编号 links them.',
    '2. 外出务工、小额信贷、互助资金借款填在本人的户主行或成员行。同一人第二次外出务工或第二笔贷款：另起一行，行类型选“务工”或“贷款”，填同一户编号和身份证号，只填务工或贷款的列（姓名可填可不填）。这种行不是新的人，不算重复人员。',
    "   A trip, a 小额信贷 loan and a 互助资金 borrowing go on the person's own row. A second trip or loan: another row with 行类型 务工 or 贷款, the same 户编号 and 身份证号, and only the trip or loan columns. Such a row is not a new person and never a duplicate.",
    '3. 小额信贷（五(一)1）：金额可填 50000 或 5万，期限按月（36，也可写 3年），用途选“发展生产”；已还清的只填还款日期，部分还款再填还款金额。贴息按放款日的LPR（1年以内用1年期，1至3年用5年期以上）、实际天数/360、每季末月20日结息计算，超出5万元的部分不贴息。',
    '   Microcredit (五(一)1): amount (50000 or 5万), disbursement date, term in months (36 or 3年), purpose. A repayment date alone means repaid in full. Interest: the LPR of the disbursement date, actual days / 360, settled on the 20th of Mar/Jun/Sep/Dec, on at most 50,000.',
    '4. 务工地点填省、市、县名称即可（可简写，如 广东 深圳 南山），筛查时按国家行政区划（GB/T 2260）核对，定出省外、市外省内、县外市内；名称有误或不唯一会在「异常」中指出。也可直接填6位务工地区划代码。',
    '   Work places by names (short names accepted) are checked against the GB/T 2260 divisions; a name that is wrong or fits two places is reported in 异常. A six-digit division code may be given instead.',
    '5. 「产业」：每户每个产业一行，用户编号（或村集体、经营主体的主体编号）关联；同一户同一产业只填一行。',
    '   One row per activity, linked by 户编号 or 主体编号; one row per activity type and household.',
    '6. 「村集体」「经营主体」：每个主体一行；经营主体的劳务用工、订单收购、土地流转填在同一行。',
    '   One row per collective or operator; an operator row also holds its labour, orders and land lease.',
    '7. 第1行是中文表头（括号里是单位：亩、㎡、头、只、箱、袋、元），第2行是英文列名，两行都可保留；列的顺序可以调整。',
    '   Row 1: Chinese headers with units; row 2: English keys. Either is enough to find a column; columns may be moved.',
    '8. 第3行起是示例行：编号以“示例”开头的行不参与筛查，可以删除或直接覆盖。',
    '   Example rows (ids starting with 示例) are skipped; delete or overwrite them.',
    `9. 类别、产业类型、是/否可从下拉列表选择；也接受常用简称${short ? `（如${short}）` : ''}和英文代码（如 poverty-alleviated${code ? `、${code}` : ''}）。`,
    '   Drop-down lists give the names; common short names and the engine codes are accepted too.',
    '10. 身份证号（18位，自动核对校验码和出生日期）和账号请按文本录入；公示名单只显示前6位和后4位。',
    '   ID numbers (18 characters; the check digit and birth date are checked) and accounts are text; the publicity list shows only the first 6 and last 4.',
    '11. 成活率可填 85 或 85%；日期可填 2023-03-01、2023/3/1 或 2023年3月1日。',
    '   Survival rate as 85 or 85%; dates as 2023-03-01, 2023/3/1 or 2023年3月1日.',
    '',
    `筛查 Screen it:  huinong screen 名册.xlsx -o 结果.xlsx --pack ${pack.id} [--as-of ${pack.dates.to}]`,
    '结果 Results: 明细 (lines), 汇总 (totals), 异常 (rejected rows, duplicates, once-per-year), 公示名单 (publicity list, masked).',
  ];
}

function addRosterSheet(
  wb: ExcelJS.Workbook,
  def: SheetDef,
  rows: readonly Example[],
  lists: readonly List[],
): void {
  // the households sheet is wide (trips, loans): its row type, place, 户编号 and name stay in view
  const xSplit = def.kind === 'households' ? def.columns.findIndex((c) => c.key === 'name') + 1 : 0;
  const ws = wb.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 2, xSplit }] });
  ws.columns = def.columns.map((c) => ({ key: c.key, width: c.width ?? 12 }));
  const header = ws.getRow(1);
  const keys = ws.getRow(2);
  def.columns.forEach((c, i) => {
    const h = header.getCell(i + 1);
    h.value = headerText(c);
    h.font = { bold: true };
    h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    if (c.hint) h.note = c.hint;
    const k = keys.getCell(i + 1);
    k.value = c.key;
    k.font = { italic: true, color: { argb: 'FF888888' }, size: 9 };
  });
  rows.forEach((example, r) => {
    const row = ws.getRow(3 + r);
    def.columns.forEach((c, i) => {
      const v = example[c.key];
      if (v !== undefined) row.getCell(i + 1).value = v;
    });
    row.font = { italic: true, color: { argb: 'FF666666' } };
  });
  const dv = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  def.columns.forEach((c, i) => {
    const col = letter(i + 1);
    const range = `${col}3:${col}${TEMPLATE_ROWS}`;
    if (c.type === 'idNumber' || c.type === 'account' || c.type === 'id' || c.type === 'text')
      ws.getColumn(i + 1).numFmt = '@';
    const list = listFor(lists, c);
    if (list < 0) return;
    const values = (lists[list] as List).values;
    dv.add(range, {
      type: 'list',
      allowBlank: true,
      formulae: [`'选项'!$${letter(list + 1)}$2:$${letter(list + 1)}$${values.length + 1}`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: c.zh,
      error: '不在下拉列表中：简称和英文代码也可接受，筛查时会核对。',
    });
  });
}

/** Builds the template workbook of a pack. */
export function buildTemplate(pack: PolicyPack): ExcelJS.Workbook {
  const layout = rosterLayout(pack);
  const lists = listsOf(layout);
  const rows = examples(pack, layout);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'HuiNong';
  const sheet = wb.addWorksheet('说明');
  sheet.getColumn(1).width = 120;
  guide(pack, layout).forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0 || line.endsWith('How to fill it in')) cell.font = { bold: true };
  });
  for (const def of layout.sheets) addRosterSheet(wb, def, rows[def.kind], lists);
  const options = wb.addWorksheet('选项', { state: 'hidden' });
  lists.forEach((l, i) => {
    options.getCell(1, i + 1).value = l.title;
    l.values.forEach((v, r) => {
      options.getCell(r + 2, i + 1).value = v;
    });
    options.getColumn(i + 1).width = 24;
  });
  return wb;
}

/** Writes the template of a pack to `path`. */
export async function writeTemplate(path: string, pack: PolicyPack): Promise<void> {
  await buildTemplate(pack).xlsx.writeFile(path);
}
