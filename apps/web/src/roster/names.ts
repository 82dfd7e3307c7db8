/** The results workbook's name: 名册.xlsx → 名册-筛查结果.xlsx; several CSV files → the first's stem. */
export function resultName(input: string): string {
  const first = input.split('、')[0] ?? input;
  const dot = first.lastIndexOf('.');
  return `${dot > 0 ? first.slice(0, dot) : first}-筛查结果.xlsx`;
}
