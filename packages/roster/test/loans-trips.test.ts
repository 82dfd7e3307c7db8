import { compilePack } from '@huinong/benefits';
import { lprSeries, resolvePlace, xixiang2023 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import {
  type DetailRow,
  type IndexOptions,
  indexRoster,
  type ResultSink,
  type RosterIssue,
  type RosterSubject,
  readCsv,
  rosterLayout,
  runRoster,
} from '../src/index.ts';
import { id18 } from './helpers.ts';

const pack = compilePack(xixiang2023);
const ZHANG = id18('61072419800101123');
const LI = id18('61072419820202232');

const HEADER =
  '行类型,户编号,姓名,身份证号,农户类别,劳动力,外出务工开始日期,外出务工结束日期,务工省份,务工城市,务工县（区）,务工地区划代码,' +
  '小额信贷金额（元）,放款日期,贷款期限（月）,贷款用途,还款日期,还款金额（元）,逾期开始日期,逾期结束日期,' +
  '互助资金协会会员,互助资金借款用途,已缴占用费（元）,占用费缴纳日期';
const COLUMNS = HEADER.split(',');

type Row = Partial<Record<string, string>>;
/** A 农户及成员 CSV from rows keyed by header (row 1 is the header, so the first row is row 2). */
const csv = (rows: Row[]): string =>
  [HEADER, ...rows.map((r) => COLUMNS.map((c) => r[c] ?? '').join(','))].join('\n');

const head = (more: Row = {}): Row => ({
  行类型: '户主',
  户编号: 'H1',
  姓名: '张三',
  身份证号: ZHANG,
  农户类别: '脱贫户',
  ...more,
});

function assemble(rows: Row[], options: IndexOptions = { resolvePlace }) {
  const source = readCsv(new TextEncoder().encode(csv(rows)), '农户及成员.csv', rosterLayout(pack));
  const roster = indexRoster(source, pack, '2023-12-31', options);
  const issues: RosterIssue[] = [...roster.issues];
  const subjects: RosterSubject[] = [...roster.subjects((i) => issues.push(i))];
  return { subjects, issues };
}

/** Assembles and screens at 2023-12-31 with the LPR series: the 明细 rows and the issues. */
async function screen(rows: Row[], englishRows = 0) {
  const source = readCsv(new TextEncoder().encode(csv(rows)), '农户及成员.csv', rosterLayout(pack));
  const roster = indexRoster(source, pack, '2023-12-31', { resolvePlace });
  const details: DetailRow[] = [];
  const issues: RosterIssue[] = [];
  const sink: ResultSink = {
    detail: (r) => details.push(r),
    publicity: () => {},
    issue: (i) => issues.push(i),
    drain: async () => {},
    finish: async () => {},
  };
  const r = await runRoster(roster, sink, { pack, asOf: '2023-12-31', lpr: lprSeries, englishRows });
  const eligible = details.filter((d) => d.status === '符合');
  return { details, eligible, issues, total: r.summary.total.amount };
}

const members = (s: RosterSubject | undefined) => (s?.subject.kind === 'household' ? s.subject.members : []);
const at = (i: RosterIssue) =>
  `${i.row}${i.column ?? ''} ${i.header ?? ''} ${i.kind}${i.rejected ? ' rejected' : ''}`;

describe('务工 and 贷款 rows add a trip or a loan to a person already listed', () => {
  test('merged into the person with the same 身份证号, wherever they are in the sheet', () => {
    const { subjects, issues } = assemble([
      // row 2: a 务工 row before its person's row
      {
        行类型: '务工',
        户编号: 'H1',
        身份证号: ZHANG,
        外出务工开始日期: '2023-08-01',
        务工省份: '广东省',
        务工城市: '深圳市',
      },
      // row 3: 张三's own row holds the first trip and the first loan
      head({
        外出务工开始日期: '2023-03-01',
        务工省份: '浙江省',
        务工城市: '杭州市',
        '小额信贷金额（元）': '50000',
        放款日期: '2023-03-15',
        '贷款期限（月）': '36',
        贷款用途: '发展生产',
      }),
      // row 4: 李四, a member
      { 行类型: '成员', 户编号: 'H1', 姓名: '李四', 身份证号: LI },
      // row 5: 张三's second loan (its name may be left out)
      {
        行类型: '贷款',
        户编号: 'H1',
        身份证号: ZHANG,
        '小额信贷金额（元）': '8万',
        放款日期: '2023/7/10',
        '贷款期限（月）': '1年',
        贷款用途: '生产',
      },
      // row 6: 李四's mutual-fund borrowing, on a 贷款 row
      {
        行类型: '贷款',
        户编号: 'H1',
        姓名: '李四',
        身份证号: LI,
        互助资金协会会员: '是',
        互助资金借款用途: '发展生产',
        '已缴占用费（元）': '360',
        占用费缴纳日期: '2023-12-20',
      },
    ]);
    expect(issues).toEqual([]);
    const [zhang, li] = members(subjects[0]);
    expect(zhang?.workTrips?.map((t) => [t.from, t.place.province, t.place.city])).toEqual([
      ['2023-03-01', '浙江省', '杭州市'],
      ['2023-08-01', '广东省', '深圳市'],
    ]);
    // 8万 → 80000, 1年 → 12 months, 生产 → production
    expect(zhang?.loans?.map((l) => [l.id, l.principal, l.disbursedOn, l.termMonths, l.purpose])).toEqual([
      ['l3', '50000', '2023-03-15', 36, 'production'],
      ['l5', '80000', '2023-07-10', 12, 'production'],
    ]);
    expect(li?.mutualFundLoans).toEqual([
      { id: 'f6', isMember: true, purpose: 'production', feePaid: '360', paidOn: '2023-12-20' },
    ]);
    // the lines of each loan point at its own row
    // (and say in English what the item is, beside the person's name)
    expect(subjects[0]?.refs.get('l5')).toEqual({
      sheet: '农户及成员.csv',
      row: 5,
      label: '张三 小额信贷',
      labelEn: 'microcredit',
      person: '张三',
    });
    expect(subjects[0]?.refs.get('f6')).toEqual({
      sheet: '农户及成员.csv',
      row: 6,
      label: '李四 互助资金借款',
      labelEn: 'mutual-fund loan',
      person: '李四',
    });
  });

  test('a second 户主 or 成员 row with the same 身份证号 is still a duplicate person; a 务工 row is not', () => {
    const trip = { 外出务工开始日期: '2023-05-01', 务工省份: '广东', 务工城市: '东莞' };
    const { subjects, issues } = assemble([
      head(),
      { 行类型: '成员', 户编号: 'H1', 姓名: '张三', 身份证号: ZHANG, ...trip },
      { 行类型: '务工', 户编号: 'H1', 姓名: '张三', 身份证号: ZHANG, ...trip },
    ]);
    expect(issues.map(at)).toEqual(['3D 身份证号 duplicate-person rejected']);
    expect(members(subjects[0]).map((m) => m.workTrips?.length ?? 0)).toEqual([1]);
  });

  test.for<[string, Row, string, string]>([
    [
      'no 身份证号',
      { 行类型: '务工', 户编号: 'H1', 姓名: '张三', 外出务工开始日期: '2023-05-01', 务工省份: '广东' },
      '3D 身份证号 rejected rejected',
      '“务工”行须填身份证号，以对应本户的户主或成员',
    ],
    [
      'a 身份证号 not in the household',
      { 行类型: '贷款', 户编号: 'H1', 身份证号: LI, '已缴占用费（元）': '100' },
      '3D 身份证号 not-linked rejected',
      '户编号“H1”中没有此身份证号的户主或成员行',
    ],
    [
      'another name for the number',
      {
        行类型: '务工',
        户编号: 'H1',
        姓名: '张四',
        身份证号: ZHANG,
        外出务工开始日期: '2023-05-01',
        务工省份: '广东',
      },
      '3C 姓名 rejected rejected',
      '姓名“张四”与本户该身份证号的“张三”不一致',
    ],
    [
      'a 务工 row without a trip',
      { 行类型: '务工', 户编号: 'H1', 身份证号: ZHANG },
      '3G 外出务工开始日期 rejected rejected',
      '“务工”行没有外出务工的信息（开始日期、务工地点）',
    ],
    [
      'a 贷款 row without a loan',
      { 行类型: '贷款', 户编号: 'H1', 身份证号: ZHANG, 外出务工开始日期: '2023-05-01' },
      '3M 小额信贷金额（元） rejected rejected',
      '“贷款”行没有小额信贷或互助资金借款的信息',
    ],
  ])('refused, on the column at fault: %s', ([, row, where, zh]) => {
    const { subjects, issues } = assemble([head(), row]);
    expect(issues.map(at)).toContain(where);
    expect(issues.find((i) => at(i) === where)?.message.zh).toContain(zh);
    // the person is screened without it
    expect(members(subjects[0])).toHaveLength(1);
  });

  test("a person's other columns on a 务工 row are ignored, and the note names them", () => {
    const { subjects, issues } = assemble([
      head(),
      {
        行类型: '务工',
        户编号: 'H1',
        身份证号: ZHANG,
        劳动力: '是',
        外出务工开始日期: '2023-05-01',
        务工省份: '广东',
        '小额信贷金额（元）': '1000',
      },
    ]);
    expect(issues.map(at)).toEqual(['3F 劳动力 warning']);
    expect(issues[0]?.message.zh).toBe(
      '“务工”行只读外出务工的列，已忽略：「劳动力」「小额信贷金额（元）」（请填在此人的户主或成员行）',
    );
    expect(issues[0]?.message.en).toContain('ignored: laborer, loanAmount');
    expect(members(subjects[0])[0]?.workTrips).toHaveLength(1);
    expect(members(subjects[0])[0]?.loans).toBeUndefined();
  });

  test('the extra rows of a person whose own row was refused are not screened, and say why', () => {
    const { issues } = assemble([
      head(),
      { 行类型: '成员', 户编号: 'H1', 姓名: '李四', 身份证号: LI, 劳动力: '也许' },
      { 行类型: '务工', 户编号: 'H1', 身份证号: LI, 外出务工开始日期: '2023-05-01', 务工省份: '广东' },
    ]);
    expect(issues.map(at)).toEqual(['3F 劳动力 rejected rejected', '4D 身份证号 not-screened rejected']);
    expect(issues[1]?.message.zh).toBe('此人的户主或成员行有错误，本行未筛查');
  });
});

describe('loan columns: a bad cell is refused naming its column', () => {
  const loan = {
    '小额信贷金额（元）': '50000',
    放款日期: '2023-03-15',
    '贷款期限（月）': '36',
    贷款用途: '发展生产',
  };
  test.for<[string, Row, string, string]>([
    ['no disbursement date', { ...loan, 放款日期: '' }, '2N 放款日期', '填写小额信贷时「放款日期」必填'],
    ['no purpose', { ...loan, 贷款用途: '' }, '2P 贷款用途', '填写小额信贷时「贷款用途」必填'],
    [
      'a term in words',
      { ...loan, '贷款期限（月）': '三年' },
      '2O 贷款期限（月）',
      '应为整月数，如 36 或“3年”：“三年”',
    ],
    [
      'an unknown purpose',
      { ...loan, 贷款用途: '盖房' },
      '2P 贷款用途',
      '未知的贷款用途“盖房”；可选：发展生产、其他用途',
    ],
    [
      'a repayment before the disbursement',
      { ...loan, 还款日期: '2023-03-01' },
      '2Q 还款日期',
      '还款日期 repayment date: 早于放款日 before disbursement (2023-03-15)',
    ],
    [
      'more repaid than lent',
      { ...loan, 还款日期: '2023-06-01', '还款金额（元）': '60000' },
      '2R 还款金额（元）',
      '还款金额 repayment amount: 超过未还本金',
    ],
    [
      'a repaid amount without its date',
      { ...loan, '还款金额（元）': '100' },
      '2Q 还款日期',
      '填了还款金额，还须填还款日期',
    ],
    [
      'an overdue end before its start',
      { ...loan, 逾期开始日期: '2023-09-01', 逾期结束日期: '2023-08-01' },
      '2T 逾期结束日期',
      '逾期结束日 overdue end',
    ],
    [
      'a fund borrowing without its fee',
      { 互助资金协会会员: '是' },
      '2W 已缴占用费（元）',
      '填写互助资金借款时「已缴占用费（元）」必填',
    ],
  ])('%s', ([, row, where, zh]) => {
    const { subjects, issues } = assemble([head(row)]);
    expect(subjects).toEqual([]);
    const issue = issues.find((i) => `${i.row}${i.column} ${i.header}` === where);
    expect(issue?.rejected).toBe(true);
    expect(issue?.message.zh).toContain(zh);
    expect(issue?.message.en).toMatch(/[a-z]{3}/);
  });
});

describe('work places written by names are resolved to GB/T 2260', () => {
  const place = (p: Row) => head({ 外出务工开始日期: '2023-05-01', ...p });

  test('short names become the dataset names and the county code', () => {
    const { subjects, issues } = assemble([
      place({ 务工省份: '陕西', 务工城市: '汉中', '务工县（区）': '南郑' }),
    ]);
    expect(issues).toEqual([]);
    expect(members(subjects[0])[0]?.workTrips?.[0]?.place).toEqual({
      province: '陕西省',
      city: '汉中市',
      county: '南郑区',
      code: '610703',
    });
  });

  test('without a resolver the names go as written; a code given is never resolved', () => {
    const raw = assemble([place({ 务工省份: '陕西', 务工城市: '汉中' })], {});
    expect(members(raw.subjects[0])[0]?.workTrips?.[0]?.place).toEqual({ province: '陕西', city: '汉中' });
    const coded = assemble([place({ 务工省份: '某省', 务工地区划代码: '440305' })]);
    expect(coded.issues).toEqual([]);
    expect(members(coded.subjects[0])[0]?.workTrips?.[0]?.place).toEqual({
      province: '某省',
      code: '440305',
    });
  });

  test.for<[string, Row, string, string, string]>([
    [
      'an unknown city',
      { 务工省份: '广东', 务工城市: '东筦' },
      '2J 务工城市',
      '行政区划中没有“东筦”；可选：广州市、韶关市、深圳市',
      'no division named "东筦"',
    ],
    [
      'an unknown province',
      { 务工省份: '广冬' },
      '2I 务工省份',
      '行政区划中没有“广冬”',
      'no division named "广冬"',
    ],
    [
      'a county in two cities of the province',
      { 务工省份: '江苏', '务工县（区）': '鼓楼' },
      '2K 务工县（区）',
      '“鼓楼”不唯一：南京市鼓楼区、徐州市鼓楼区',
      '"鼓楼" is ambiguous: 南京市鼓楼区, 徐州市鼓楼区',
    ],
  ])('%s is refused on its column, in Chinese and English', ([, p, where, zh, en]) => {
    const { subjects, issues } = assemble([place(p)]);
    expect(subjects).toEqual([]);
    expect(issues.map((i) => `${i.row}${i.column} ${i.header}`)).toEqual([where]);
    expect(issues[0]?.message.zh).toContain(zh);
    expect(issues[0]?.message.en).toContain(en);
  });
});

describe('screened: 五(一)1 贴息, 五(一)2 占用费 and 五(三)2 交通补助 from the roster rows', () => {
  // 五(一)1: LPR fixed at disbursement, day count actual/360, settled on the 20th of Mar/Jun/Sep/Dec;
  // 2023 counts the quarters settled in 2023 up to the as-of date 2023-12-31.
  test('two loans of one person: 5-year LPR for 36 months, 1-year LPR and the 50,000 cap for 12', async () => {
    const { eligible, total } = await screen([
      head({
        '小额信贷金额（元）': '50000',
        放款日期: '2023-03-15',
        '贷款期限（月）': '36',
        贷款用途: '发展生产',
      }),
      {
        行类型: '贷款',
        户编号: 'H1',
        身份证号: ZHANG,
        '小额信贷金额（元）': '80000',
        放款日期: '2023-07-10',
        '贷款期限（月）': '12',
        贷款用途: '发展生产',
      },
    ]);
    expect(eligible.map((d) => [d.standardId, d.item, d.quantity, d.rate, d.amount, d.source])).toEqual([
      // 50,000 at the 5-year LPR of 2023-02-20, 4.30%:
      //   2023Q1 03-15…03-20   6 days: 50000 × 4.30% ÷ 360 × 6  =  35.833… →  35.83
      //   2023Q2 03-21…06-20  92 days: 50000 × 4.30% ÷ 360 × 92 = 549.444… → 549.44
      //   2023Q3 06-21…09-20  92 days:                                      549.44
      //   2023Q4 09-21…12-20  91 days: 50000 × 4.30% ÷ 360 × 91 = 543.472… → 543.47
      //   35.83 + 549.44 + 549.44 + 543.47 = 1,678.18 over 281 days
      ['microcredit-interest', '张三 小额信贷', '281', '0.043', '1678.18', '农户及成员.csv!2'],
      // 80,000, of which 50,000 subsidised, at the 1-year LPR of 2023-06-20, 3.55%:
      //   2023Q3 07-10…09-20 73 days: 50000 × 3.55% ÷ 360 × 73 = 359.930… → 359.93
      //   2023Q4 09-21…12-20 91 days: 50000 × 3.55% ÷ 360 × 91 = 448.680… → 448.68
      //   359.93 + 448.68 = 808.61 over 164 days
      ['microcredit-interest', '张三 小额信贷', '164', '0.0355', '808.61', '农户及成员.csv!3'],
    ]);
    expect(eligible[0]?.reason).toBe(
      '贴息本金 ¥50,000.00 × 年利率 4.3% ÷ 360 × 天数：2023Q1 6天 ¥35.83 + 2023Q2 92天 ¥549.44 + 2023Q3 92天 ¥549.44 + 2023Q4 91天 ¥543.47 = ¥1,678.18',
    );
    // 1,678.18 + 808.61
    expect(total).toBe('2486.79');
  });

  test('the first rows asked for in English carry the item and the reason in English; the rest do not', async () => {
    const loan = {
      '小额信贷金额（元）': '50000',
      放款日期: '2023-03-15',
      '贷款期限（月）': '36',
      贷款用途: '发展生产',
    };
    const rows = [
      head(loan),
      // a 一般农户 claims nothing: the line says who may claim, in both languages
      { 行类型: '户主', 户编号: 'H2', 姓名: '李四', 身份证号: LI, 农户类别: '一般农户', ...loan },
    ];
    const { details } = await screen(rows, 1);
    const [first, ...rest] = details;
    // the same working as the Chinese reason above, from the engine's one renderer
    expect(first?.reasonEn).toBe(
      'subsidised principal ¥50,000.00 × 4.3% a year ÷ 360 × days: 2023Q1 6 days ¥35.83 + 2023Q2 92 days ¥549.44 + 2023Q3 92 days ¥549.44 + 2023Q4 91 days ¥543.47 = ¥1,678.18',
    );
    expect([first?.itemPerson, first?.itemEn]).toEqual(['张三', 'microcredit']);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.map((d) => [d.reasonEn, d.itemEn])).toEqual(rest.map(() => [undefined, undefined]));
    // asked for every row: the 一般农户's refusal reads in English too
    const all = await screen(rows, 100);
    const refused = all.details.find((d) => d.subjectId === 'H2' && d.standardId === 'microcredit-interest');
    expect(refused?.status).toBe('不符合');
    expect(refused?.reason).toContain('✗');
    // the check's words in English, the categories too
    expect(refused?.reasonEn).toBe(
      '✗ borrower: ordinary household (must be: registered poverty-alleviated people, people at the margin of poverty (members of monitored households)) [五(一)1]',
    );
  });

  test('repaid in full on 2023-11-10: the last quarter stops the day before', async () => {
    const { eligible } = await screen([
      head({
        '小额信贷金额（元）': '50000',
        放款日期: '2023-03-15',
        '贷款期限（月）': '36',
        贷款用途: '发展生产',
        还款日期: '2023-11-10',
      }),
    ]);
    // 2023Q4 09-21…11-09, 50 days (算头不算尾): 50000 × 4.30% ÷ 360 × 50 = 298.611… → 298.61
    // 35.83 + 549.44 + 549.44 + 298.61 = 1,433.32 over 240 days
    expect(eligible.map((d) => [d.quantity, d.amount])).toEqual([['240', '1433.32']]);
  });

  test('互助资金: the occupancy fee actually paid, for a 脱贫户 member borrowing for production', async () => {
    const fund = { 互助资金协会会员: '是', 互助资金借款用途: '发展生产', '已缴占用费（元）': '360' };
    const { details } = await screen([
      head(fund),
      { ...head({ ...fund, 互助资金借款用途: '其他' }), 户编号: 'H2', 身份证号: LI, 姓名: '李四' },
      { ...head(fund), 户编号: 'H3', 身份证号: '', 姓名: '王五', 农户类别: '一般农户' },
    ]);
    const lines = details.filter((d) => d.standardId === 'mutual-fund-fee');
    // 五(一)2 对脱贫户（含监测对象）会员发展生产…占用费给予补贴: 360 paid → 360.00; borrowed for another
    // use → nothing; a 一般农户 is not a 脱贫户 → nothing, and the reason says who may claim
    expect(lines.map((d) => [d.subjectId, d.status, d.amount])).toEqual([
      ['H1', '符合', '360.00'],
      ['H2', '不符合', '0.00'],
      ['H3', '不符合', '0.00'],
    ]);
    expect(lines[1]?.reason).toContain('借款用途');
    expect(lines[2]?.reason).toContain('申请主体');
  });

  test.for<[string, Row, Row, string]>([
    [
      // 省外 500 beats 县外市内 200: 每人每年只能享受一次, so one grant of the highest tier
      'two trips in 2023: one grant, the higher tier',
      { 外出务工开始日期: '2023-03-01', 务工省份: '陕西', 务工城市: '汉中', '务工县（区）': '南郑' },
      { 外出务工开始日期: '2023-08-01', 务工省份: '广东', 务工城市: '深圳' },
      '500.00',
    ],
    [
      // the plan year is 2023 (the pack is in force 2023-01-01 to 2023-12-31): a 2022 trip earns nothing
      // in it, and the 2023 trip to 西安 is 市外省内, 300
      'a 2022 trip and a 2023 trip: only 2023 counts',
      { 外出务工开始日期: '2022-03-01', 外出务工结束日期: '2022-12-31', 务工省份: '广东', 务工城市: '深圳' },
      { 外出务工开始日期: '2023-05-01', 务工省份: '陕西', 务工城市: '西安' },
      '300.00',
    ],
    [
      // a trip from November 2022 into 2023 touches the plan year: 省外 500
      'a trip running from 2022 into 2023 counts for 2023',
      { 外出务工开始日期: '2022-11-01', 外出务工结束日期: '2023-02-28', 务工省份: '浙江', 务工城市: '杭州' },
      { 外出务工开始日期: '2023-05-01', 务工省份: '陕西', 务工城市: '汉中', '务工县（区）': '汉台' },
      '500.00',
    ],
    [
      // 陕西 汉中 南郑 is resolved to 陕西省汉中市南郑区 (610703), 县外市内: 200; 西乡 is the home county
      // (县内, nothing): one grant, 200
      'names resolved before the tier is decided',
      { 外出务工开始日期: '2023-03-01', 务工省份: '陕西', 务工城市: '汉中', '务工县（区）': '南郑' },
      { 外出务工开始日期: '2023-06-01', 务工省份: '陕西', 务工城市: '汉中', '务工县（区）': '西乡' },
      '200.00',
    ],
  ])('五(三)2 travel grant: %s', async ([, own, extra, amount]) => {
    const { details, issues } = await screen([
      head(own),
      { 行类型: '务工', 户编号: 'H1', 身份证号: ZHANG, ...extra },
    ]);
    expect(issues).toEqual([]);
    const lines = details.filter((d) => d.standardId === 'travel-grant');
    expect(lines.map((d) => [d.status, d.amount])).toEqual([['符合', amount]]);
  });
});
