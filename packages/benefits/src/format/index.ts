export { type ChineseCapitalOptions, chineseCapital } from './chinese-capital.ts';
export { formatWan, formatYuan } from './yuan.ts';
