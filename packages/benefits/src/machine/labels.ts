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
