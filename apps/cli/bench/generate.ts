/**
 * A seeded, repeatable village roster for the benchmark: n households with members and
 * activities, some collectives and operators, and a sprinkling of bad rows and duplicates.
 * Written with shared strings, as Excel writes a workbook.
 */
import { idNumberCheckDigit } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import { headerText, type OutCell, rosterLayout, type SheetDef, XlsxWriter } from '@huinong/roster';
import { nodeCodec, writeChunks } from '../src/node/codec.ts';

/** mulberry32: a small seeded PRNG, so the same n gives the same roster. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOWNS = ['堰口镇', '城北街道', '杨河镇', '柳树镇', '沙河镇'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '建国秀英明华军平芳玉兰海燕红梅强伟静丽勇';
const PROVINCES: [string, string][] = [
  ['广东省', '东莞市'],
  ['浙江省', '杭州市'],
  ['陕西省', '西安市'],
  ['陕西省', '汉中市'],
];
const HOUSEHOLD_TYPES: [string, (r: () => number) => Record<string, string | number>][] = [
  ['养猪', (r) => ({ head: 1 + Math.floor(r() * 6), income: 1000 + Math.floor(r() * 4000) })],
  ['低产低效茶园改树改土', (r) => ({ areaMu: Math.round((0.5 + r() * 4) * 10) / 10 })],
  [
    '当年种植蔬菜',
    (r) => ({ areaMu: Math.round((0.5 + r() * 3) * 10) / 10, income: 500 + Math.floor(r() * 3000) }),
  ],
  ['养羊', (r) => ({ head: 2 + Math.floor(r() * 10), income: 1500 + Math.floor(r() * 3000) })],
  ['养禽（鸡、鸭、鹅）', (r) => ({ birds: 5 + Math.floor(r() * 40), income: 500 + Math.floor(r() * 1500) })],
  [
    '新种植吊瓜',
    (r) => ({
      areaMu: 1 + Math.floor(r() * 3),
      survivalRate: 80 + Math.floor(r() * 20),
      income: 800 + Math.floor(r() * 2000),
    }),
  ],
  ['袋料黑木耳', (r) => ({ bags: 500 + Math.floor(r() * 3000), income: 1000 + Math.floor(r() * 2000) })],
];

export interface GeneratedRoster {
  readonly households: number;
  readonly rows: number;
}

function row(def: SheetDef, values: Record<string, string | number>): OutCell[] {
  return def.columns.map((c) => values[c.key] ?? null);
}

/** Writes an n-household roster to `path`. */
export async function generateRoster(path: string, n: number, seed = 20231231): Promise<GeneratedRoster> {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const book = new XlsxWriter({ sharedStrings: true, codec: nodeCodec });
  // the 西乡 2023 roster: the pack the benchmark screens with
  const { sheets: defs } = rosterLayout(xixiang2023);
  const [hDef, aDef, cDef, oDef] = defs as [SheetDef, SheetDef, SheetDef, SheetDef];
  const sheets = defs.map((def) => {
    const s = book.addSheet(def.name, { freezeRows: 2 });
    s.addRow(def.columns.map(headerText), 'header');
    s.addRow(
      def.columns.map((c) => c.key),
      'note',
    );
    return s;
  });
  const [hs, as, cs, os] = sheets as [
    (typeof sheets)[0],
    (typeof sheets)[0],
    (typeof sheets)[0],
    (typeof sheets)[0],
  ];
  let rows = 0;
  let person = 0;
  // unique numbers: the birth date steps a day every 1,000 people from 1950-01-01
  const idOf = () => {
    person++;
    const birth = new Date(Date.UTC(1950, 0, 1) + Math.floor(person / 1000) * 86400000)
      .toISOString()
      .slice(0, 10)
      .replace(/-/g, '');
    const first17 = `610724${birth}${String(person % 1000).padStart(3, '0')}`;
    return `${first17}${idNumberCheckDigit(first17)}`;
  };
  const name = () => pick([...SURNAMES]) + pick([...GIVEN]) + (r() < 0.5 ? pick([...GIVEN]) : '');
  const seen: string[] = [];
  for (let i = 1; i <= n; i++) {
    const hid = `XX${String(i).padStart(6, '0')}`;
    const town = TOWNS[i % TOWNS.length] as string;
    const village = `${['罗镇', '白龙', '东坪', '五丰', '枣园', '龙泉'][i % 6]}${1 + (i % 4)}村`;
    const u = r();
    const category = u < 0.45 ? '脱贫户' : u < 0.7 ? '监测对象' : '一般农户';
    let headId = idOf();
    if (i % 997 === 0) headId = `${headId.slice(0, 17)}${headId[17] === '0' ? '1' : '0'}`; // a wrong check digit
    const head: Record<string, string | number> = {
      rowType: '户主',
      township: town,
      village,
      householdId: hid,
      name: name(),
      idNumber: headId,
      category,
      bankAccount: `622848${String(Math.floor(r() * 1e13)).padStart(13, '0')}`,
      laborer: '是',
    };
    if (category === '监测对象')
      head.monitoredType = pick(['脱贫不稳定户', '边缘易致贫户', '突发严重困难户']);
    if (r() < 0.35) {
      const [province, city] = pick(PROVINCES);
      Object.assign(head, { workFrom: '2023-03-01', workProvince: province, workCity: city });
    }
    hs.addRow(row(hDef, head));
    rows++;
    const members = Math.floor(r() * 4);
    for (let m = 0; m < members; m++) {
      const idNumber = i % 499 === 0 && seen.length ? (seen[seen.length - 1] as string) : idOf();
      seen.push(idNumber);
      if (seen.length > 100) seen.shift();
      const member: Record<string, string | number> = {
        rowType: '成员',
        householdId: hid,
        name: name(),
        idNumber,
      };
      const k = r();
      if (k < 0.4) {
        const [province, city] = pick(PROVINCES);
        Object.assign(member, { workFrom: '2023-04-01', workProvince: province, workCity: city });
      } else if (k < 0.5)
        Object.assign(member, {
          schoolType: pick(['技工类院校', '中等职业学校', '普通高中']),
          enrolled: '是',
        });
      else if (k < 0.6) Object.assign(member, { post: '护林员', postMonths: 1 + Math.floor(r() * 12) });
      hs.addRow(row(hDef, member));
      rows++;
    }
    const activities = Math.floor(r() * 3);
    const types = new Set<string>();
    for (let a = 0; a < activities; a++) {
      const [type, make] = pick(HOUSEHOLD_TYPES);
      if (types.has(type)) continue;
      types.add(type);
      const values: Record<string, string | number> = { subjectId: hid, type, ...make(r) };
      if (i % 1009 === 0) values.areaMu = '三亩';
      as.addRow(row(aDef, values));
      rows++;
    }
    if (i % 500 === 0) {
      const cid = `C${String(i).padStart(6, '0')}`;
      cs.addRow(
        row(cDef, {
          township: town,
          village,
          subjectId: cid,
          name: `${village}股份经济合作社`,
          bankAccount: '2604000000000012345',
        }),
      );
      as.addRow(
        row(aDef, {
          subjectId: cid,
          type: '中药材基地（集中连片）',
          contiguousArea: 30 + Math.floor(r() * 60),
        }),
      );
      rows += 2;
    }
    if (i % 200 === 0) {
      const oid = `OP${String(i).padStart(6, '0')}`;
      os.addRow(
        row(oDef, {
          township: town,
          village,
          subjectId: oid,
          name: `${village}${pick(['茶叶', '食用菌', '生猪'])}专业合作社`,
          operatorType: '农民专业合作社',
          bankAccount: '2604000000000067890',
          poorWorkers: 3 + Math.floor(r() * 10),
          wages: 20000 + Math.floor(r() * 80000),
        }),
      );
      rows++;
    }
  }
  writeChunks(path, await book.bytes());
  return { households: n, rows };
}
