/**
 * English for the Chinese words that pack texts, engine texts and data leave in their English
 * (standard titles "Pigs (监测对象)", labels "脱贫人口 employed", notes, clause numbers): the
 * plan's terms of art put into English, clause numbers as numbers (五(一)4(4) → §5(1)4(4)), and
 * Chinese punctuation as English. Applied to every English text the page shows (`pick`, `t`); a
 * Chinese text shown on purpose is marked `lang="zh-CN"` instead. This is a pure function.
 */
const TERMS: readonly [string, string][] = [
  ['建档立卡脱贫户家庭在校学生', 'students of registered poverty-alleviated families'],
  ['脱贫户（含监测对象）会员', 'members from poverty-alleviated households (monitored households included)'],
  ['脱贫劳动力（含监测对象）', 'poverty-alleviated workers (monitored households included)'],
  ['建档立卡脱贫户', 'registered poverty-alleviated households'],
  ['脱贫户/监测对象 households', 'poverty-alleviated and monitored households'],
  ['脱贫户 and 监测对象', 'poverty-alleviated and monitored households'],
  ['脱贫户 families', 'poverty-alleviated families'],
  ['监测对象 families', 'monitored families'],
  ['监测对象 households', 'monitored households'],
  ['脱贫不稳定户', 'households unstable after poverty alleviation'],
  ['边缘易致贫户', 'marginal households prone to poverty'],
  ['突发严重困难户', 'households in sudden severe hardship'],
  ['未消除风险', 'risk not eliminated'],
  ['风险已消除', 'risk eliminated'],
  ['建档立卡', 'registered'],
  // the roster template's sheets
  ['农户及成员', 'households-and-members sheet'],
  ['经营主体', 'operators sheet'],
  ['西乡县', 'Xixiang County'],
  ['西吉县', 'Xiji County'],
  ['汝州市', 'Ruzhou'],
  ['西乡', 'Xixiang'],
  ['脱贫劳动力', 'poverty-alleviated workers'],
  ['脱贫人口', 'poverty-alleviated people'],
  ['稳定脱贫户', 'stably-alleviated households'],
  ['脱贫户', 'poverty-alleviated households'],
  ['监测对象', 'monitored households'],
  ['监测户', 'monitored households'],
  ['一般农户', 'ordinary households'],
  ['雨露计划', 'Yulu (Rain and Dew) Plan'],
  ['技工类院校', 'technical school'],
  ['中等职业学校', 'secondary vocational school'],
  ['高等职业学校', 'higher vocational college'],
  ['普通高中', 'general high school'],
  ['示范村', 'model village'],
  ['村集体经济合作社', 'village collective cooperative'],
  ['村集体', 'village collective'],
  ['新型经营主体', 'new-type operator'],
  ['零就业', 'zero-employment'],
  ['公益性岗位', 'public-welfare post'],
  ['小额信贷', 'microcredit'],
  ['互助资金', 'mutual fund'],
  ['万元', '×10,000 yuan'],
  ['元', 'yuan'],
];

const NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

function numeral(s: string): string {
  // 十一 = 11, 二十 = 20: enough for a plan's sections
  if (s.length === 1) return String(NUMERALS[s] ?? s);
  if (s.startsWith('十')) return String(10 + (NUMERALS[s.slice(1)] ?? 0));
  const [tens, , ones] = [...s];
  return String((NUMERALS[tens ?? ''] ?? 0) * 10 + (ones ? (NUMERALS[ones] ?? 0) : 0));
}

const HAN = /\p{Script=Han}/u;
const CLAUSE = /([一二三四五六七八九十]+)[(（]([一二三四五六七八九十]+)[)）]((?:\d+(?:\(\d+\))?)?)/g;
const CLAUSE_SECTION = /(^|[^\p{Script=Han}])([一二三四五六七八九十]+)(?=$|[^\p{Script=Han}(（])/gu;

export function englishTerms(text: string): string {
  if (!HAN.test(text)) return text;
  let s = text.replace(
    CLAUSE,
    (_m, a: string, b: string, rest: string) => `§${numeral(a)}(${numeral(b)})${rest}`,
  );
  for (const [zh, en] of TERMS) if (s.includes(zh)) s = s.split(zh).join(en);
  s = s.replace(CLAUSE_SECTION, (_m, before: string, n: string) => `${before}§${numeral(n)}`);
  return s
    .replace(/（/g, ' (')
    .replace(/）/g, ')')
    .replace(/、/g, ', ')
    .replace(/；/g, '; ')
    .replace(/：/g, ': ')
    .replace(/，/g, ', ')
    .replace(/。/g, '.')
    .replace(/[“”]/g, '"')
    .replace(/ {2,}/g, ' ');
}
