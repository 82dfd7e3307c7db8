/**
 * `huinong template`: the roster workbook to fill in. Row 1 holds the Chinese headers with their
 * units, row 2 the English keys (the reader accepts either), row 3 on an example row whose id
 * starts with 示例 (the reader skips it). Category, activity, loan-purpose and yes/no columns have
 * drop-down lists; id, 身份证号 and account columns are text, so Excel keeps every digit. A second
 * trip or loan of a person is a 务工 or 贷款 row of 农户及成员 (see the guide and the examples).
 */
import { idNumberCheckDigit } from '@huinong/benefits';
import {
  ACTIVITIES,
  ACTIVITY_NAMES,
  CATEGORIES,
  COLLECTIVES,
  type ColumnDef,
  HOUSEHOLDS,
  headerText,
  LOAN_PURPOSES,
  MONITORED_TYPES,
  OPERATOR_TYPES,
  OPERATORS,
  ROW_TYPES,
  SCHOOL_TYPES,
  type SheetDef,
  YES_NO,
} from '@huinong/roster';
import ExcelJS from 'exceljs';

/** Rows given drop-down lists and text format (Excel's own limit is far beyond a village). */
export const TEMPLATE_ROWS = 5000;

const id18 = (first17: string) => `${first17}${idNumberCheckDigit(first17)}`;

/** The example rows, by sheet; ids start with 示例 so that a screen skips them. */
export const EXAMPLES: Record<SheetDef['kind'], Record<string, string | number>[]> = {
  households: [
    {
      rowType: '户主',
      township: '堰口镇',
      village: '罗镇村',
      householdId: '示例-001',
      name: '王建国',
      idNumber: id18('61072419800101123'),
      category: '监测对象',
      monitoredType: '边缘易致贫户',
      zeroEmployment: '否',
      bankAccount: '6228480000000001234',
      laborer: '是',
      workFrom: '2023-03-01',
      workProvince: '广东省',
      workCity: '东莞市',
      loanAmount: 50000,
      loanDate: '2023-03-15',
      loanTerm: 36,
      loanPurpose: '发展生产',
    },
    {
      rowType: '成员',
      township: '堰口镇',
      village: '罗镇村',
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
      workFrom: '2023-09-01',
      workProvince: '浙江',
      workCity: '杭州',
    },
    {
      rowType: '贷款',
      householdId: '示例-001',
      name: '王建国',
      idNumber: id18('61072419800101123'),
      fundMember: '是',
      fundPurpose: '发展生产',
      fundFee: 360,
      fundPaidOn: '2023-12-20',
    },
  ],
  activities: [
    { subjectId: '示例-001', type: '养猪', head: 4, income: 3000 },
    { subjectId: '示例-C01', type: '中药材基地（集中连片）', crop: '元胡', contiguousArea: 50 },
  ],
  collectives: [
    {
      township: '堰口镇',
      village: '罗镇村',
      subjectId: '示例-C01',
      name: '罗镇村股份经济合作社',
      bankAccount: '2604000000000012345',
    },
  ],
  operators: [
    {
      township: '堰口镇',
      village: '罗镇村',
      subjectId: '示例-OP01',
      name: '西乡县茶旅专业合作社',
      operatorType: '农民专业合作社',
      bankAccount: '2604000000000067890',
      poorWorkers: 5,
      wages: 50000,
    },
  ],
};

const LISTS: { title: string; values: readonly string[] }[] = [
  { title: '行类型', values: ROW_TYPES.map((c) => c.zh) },
  { title: '农户类别', values: CATEGORIES.map((c) => c.zh) },
  { title: '监测对象类型', values: MONITORED_TYPES.map((c) => c.zh) },
  { title: '是否', values: YES_NO.map((c) => c.zh) },
  { title: '学校类型', values: SCHOOL_TYPES.map((c) => c.zh) },
  { title: '产业类型', values: ACTIVITY_NAMES },
  { title: '经营主体类型', values: OPERATOR_TYPES.map((c) => c.zh) },
  { title: '贷款用途', values: LOAN_PURPOSES.map((c) => c.zh) },
];

function listFor(c: ColumnDef): number {
  if (c.type === 'yesno') return 3;
  switch (c.key) {
    case 'rowType':
      return 0;
    case 'category':
      return 1;
    case 'monitoredType':
      return 2;
    case 'schoolType':
      return 4;
    case 'type':
      return 5;
    case 'operatorType':
      return 6;
    case 'loanPurpose':
    case 'fundPurpose':
      return 7;
    default:
      return -1;
  }
}

const letter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

const GUIDE: string[] = [
  '惠农 HuiNong 名册模板 / roster template（政策包 xixiang-2023：西乡县2023年度统筹整合使用财政涉农资金中期调整实施方案 五）',
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
  '9. 类别、产业类型、是/否可从下拉列表选择；也接受常用简称（如“茶园”“猪”）和英文代码（如 poverty-alleviated、pig）。',
  '   Drop-down lists give the names; common short names and the engine codes are accepted too.',
  '10. 身份证号（18位，自动核对校验码和出生日期）和账号请按文本录入；公示名单只显示前6位和后4位。',
  '   ID numbers (18 characters; the check digit and birth date are checked) and accounts are text; the publicity list shows only the first 6 and last 4.',
  '11. 成活率可填 85 或 85%；日期可填 2023-03-01、2023/3/1 或 2023年3月1日。',
  '   Survival rate as 85 or 85%; dates as 2023-03-01, 2023/3/1 or 2023年3月1日.',
  '',
  '筛查 Screen it:  huinong screen 名册.xlsx -o 结果.xlsx [--as-of 2023-12-31]',
  '结果 Results: 明细 (lines), 汇总 (totals), 异常 (rejected rows, duplicates, once-per-year), 公示名单 (publicity list, masked).',
];

function addRosterSheet(wb: ExcelJS.Workbook, def: SheetDef): void {
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
  EXAMPLES[def.kind].forEach((example, r) => {
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
    const list = listFor(c);
    if (list < 0) return;
    const values = (LISTS[list] as (typeof LISTS)[number]).values;
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

/** Builds the template workbook. */
export function buildTemplate(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'HuiNong';
  const guide = wb.addWorksheet('说明');
  guide.getColumn(1).width = 120;
  GUIDE.forEach((line, i) => {
    const cell = guide.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0 || line.endsWith('How to fill it in')) cell.font = { bold: true };
  });
  for (const def of [HOUSEHOLDS, ACTIVITIES, COLLECTIVES, OPERATORS]) addRosterSheet(wb, def);
  const lists = wb.addWorksheet('选项', { state: 'hidden' });
  LISTS.forEach((l, i) => {
    lists.getCell(1, i + 1).value = l.title;
    l.values.forEach((v, r) => {
      lists.getCell(r + 2, i + 1).value = v;
    });
    lists.getColumn(i + 1).width = 24;
  });
  return wb;
}

/** Writes the template to `path`. */
export async function writeTemplate(path: string): Promise<void> {
  await buildTemplate().xlsx.writeFile(path);
}
