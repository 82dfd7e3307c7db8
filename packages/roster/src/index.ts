/**
 * @huinong/roster — village rosters on any platform: the roster sheets and their columns, a
 * streaming .xlsx reader and writer (ZIP over a byte source and a codec), CSV, row validation and
 * assembly, the screen itself and its result sheets (明细, 汇总, 异常, 公示名单).
 */
export * from './assemble.ts';
export * from './columns.ts';
export * from './csv.ts';
export * from './from-json.ts';
export type { PublicityChoice } from './labels.ts';
export * from './limits.ts';
export * from './output.ts';
export * from './run.ts';
export * from './screen.ts';
export * from './sources.ts';
export * as values from './values.ts';
export * from './xlsx/codec.ts';
export * from './xlsx/read.ts';
export * from './xlsx/remote-deflate.ts';
export * from './xlsx/write.ts';
export * from './xlsx/xml.ts';
export * from './xlsx/zip.ts';
