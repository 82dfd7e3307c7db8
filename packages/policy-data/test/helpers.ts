import {
  packSchemas,
  type ScreenLine,
  type ScreenResult,
  type SubjectInput,
  screen,
} from '@huinong/benefits';
import { xixiang2023 } from '../src/index.ts';

export const AS_OF = '2023-12-31';

/** Parses with the pack's schema (as every edge does) and screens a subject against xixiang-2023. */
export function run(input: SubjectInput, asOf = AS_OF): ScreenResult {
  return screen(packSchemas(xixiang2023).subject.parse(input), { pack: xixiang2023, asOf });
}

/** The single line of a standard in a result (fails the test when absent or repeated). */
export function lineOf(result: ScreenResult, standardId: string): ScreenLine {
  const lines = result.lines.filter((l) => l.standardId === standardId);
  if (lines.length !== 1) throw new Error(`expected one ${standardId} line, got ${lines.length}`);
  return lines[0] as ScreenLine;
}

export const household = (
  category: 'poverty-alleviated' | 'monitored' | 'ordinary',
  activities: unknown[] = [],
  extra: Record<string, unknown> = {},
): SubjectInput => ({ kind: 'household', id: 'h1', category, activities, ...extra }) as SubjectInput;

export const collective = (activities: unknown[] = [], extra: Record<string, unknown> = {}): SubjectInput =>
  ({ kind: 'collective', id: 'c1', name: '测试村股份经济合作社', activities, ...extra }) as SubjectInput;

export const operator = (activities: unknown[] = [], extra: Record<string, unknown> = {}): SubjectInput =>
  ({
    kind: 'operator',
    id: 'o1',
    name: '测试合作社',
    operatorType: 'cooperative',
    activities,
    ...extra,
  }) as SubjectInput;
