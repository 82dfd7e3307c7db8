#!/usr/bin/env node
/**
 * huinong — command line for other tools and for caseworkers.
 *   huinong screen FILE.json [--as-of YYYY-MM-DD] [--compact]
 *   huinong schema              JSON Schema of the input
 * Exit codes: 0 all screened; 1 some input rejected (errors name the field); 2 unusable input.
 */
import { readFileSync } from 'node:fs';
import { compilePack, defaultAsOf, isRealIsoDate, subjectJsonSchema, sumMoney } from '@huinong/benefits';
import { lprSeries, xixiang2023 } from '@huinong/policy-data';
import { screenJson } from './screen-json.ts';

const USAGE = `用法 usage:
  huinong screen FILE.json [--as-of YYYY-MM-DD] [--compact]   筛查 screen subjects (one or an array)
  huinong schema                                              输入的 JSON Schema / input JSON Schema`;

function fail(code: number, zh: string, en: string): never {
  process.stderr.write(`${zh}\n${en}\n`);
  process.exit(code);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function main(argv: string[]): void {
  const [command, ...args] = argv;
  if (command === 'schema') {
    process.stdout.write(`${JSON.stringify(subjectJsonSchema(), null, 2)}\n`);
    return;
  }
  if (command !== 'screen') fail(2, USAGE, '');
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--as-of');
  if (!file) fail(2, `缺少输入文件。\n${USAGE}`, 'missing input file.');
  const pack = compilePack(xixiang2023);
  const today = new Date().toISOString().slice(0, 10);
  const asOf = option(args, '--as-of') ?? defaultAsOf(pack.pack, today);
  if (!isRealIsoDate(asOf)) fail(2, `--as-of 不是有效日期：${asOf}`, `--as-of is not a real date: ${asOf}`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(2, `无法读取文件 ${file}`, `cannot read ${file}: ${(e as Error).message}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    fail(2, `${file} 不是有效的 JSON`, `${file} is not valid JSON: ${(e as Error).message}`);
  }
  const out = screenJson(input, pack, asOf, sumMoney, lprSeries);
  process.stdout.write(`${JSON.stringify(out, null, args.includes('--compact') ? 0 : 2)}\n`);
  if (out.errors.length) {
    for (const e of out.errors) process.stderr.write(`${e.text}\n`);
    process.exit(1);
  }
}

main(process.argv.slice(2));
