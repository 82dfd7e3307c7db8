import type { Text } from '../core/i18n.ts';

export const CATEGORY_LABELS: Record<string, Text> = {
  'poverty-alleviated': { zh: '脱贫户', en: 'poverty-alleviated household' },
  monitored: { zh: '监测对象', en: 'monitored household' },
  ordinary: { zh: '一般农户', en: 'ordinary household' },
};

export const MONITORED_TYPE_LABELS: Record<string, Text> = {
  unstable: { zh: '脱贫不稳定户', en: 'unstable after poverty alleviation' },
  marginal: { zh: '边缘易致贫户', en: 'marginal, prone to poverty' },
  'sudden-hardship': { zh: '突发严重困难户', en: 'sudden severe hardship' },
};

export const KIND_LABELS: Record<string, Text> = {
  household: { zh: '农户', en: 'household' },
  collective: { zh: '村集体经济组织', en: 'village collective' },
  operator: { zh: '新型经营主体', en: 'new-type operator' },
};

export const ACTIVITY_LABELS: Record<string, Text> = {
  'tea-renovation': { zh: '低产低效茶园改树改土', en: 'low-yield tea garden renovation' },
  'bag-fungus': { zh: '袋料黑木耳', en: 'bagged black fungus' },
  gourd: { zh: '新种植吊瓜', en: 'new snake gourd planting' },
  orchard: { zh: '新种植经济林', en: 'new fruit orchard' },
  vegetable: { zh: '当年种植蔬菜', en: 'vegetables this year' },
  tianma: { zh: '新发展天麻', en: 'new tianma (gastrodia)' },
  herbs: { zh: '新发展中药材', en: 'new medicinal herbs' },
  pepper: { zh: '新种植花椒', en: 'new Sichuan pepper' },
  pig: { zh: '养猪', en: 'pigs' },
  sheep: { zh: '养羊', en: 'sheep' },
  bees: { zh: '养蜂', en: 'bees' },
  poultry: { zh: '养禽（鸡、鸭、鹅）', en: 'poultry (chicken, duck, goose)' },
  cattle: { zh: '养牛', en: 'cattle' },
  processing: { zh: '农副产品加工业', en: 'farm produce processing' },
  shop: { zh: '便民小商店', en: 'convenience shop' },
  farmstay: { zh: '农家乐', en: 'farm stay' },
  other: { zh: '其他产业', en: 'other activity' },
  'herbs-base': { zh: '中药材基地（集中连片）', en: 'medicinal herb base (contiguous)' },
  'tianma-base': { zh: '天麻基地（集中连片）', en: 'tianma base (contiguous)' },
  'fungus-greenhouse': { zh: '食用菌大棚提质增效', en: 'edible fungus greenhouse upgrade' },
  'black-fungus': { zh: '黑木耳产业', en: 'black fungus' },
  'silkworm-room': { zh: '养蚕室建设及设施', en: 'silkworm rearing room' },
  kiwi: { zh: '猕猴桃产业', en: 'kiwifruit' },
  'pig-pens': { zh: '生猪标准化养殖圈舍', en: 'standard pig pens' },
  'cattle-pens': { zh: '标准化肉牛养殖场圈舍', en: 'standard beef cattle pens' },
  'poultry-farm': { zh: '家禽养殖场', en: 'poultry farm' },
  'coldwater-fish': { zh: '冷水鱼养殖', en: 'cold-water fish' },
  'bulk-fish': { zh: '大宗渔业养殖', en: 'bulk freshwater fish' },
  'rice-fish': { zh: '稻渔综合种养', en: 'rice–fish co-culture' },
};
