import {
  explainLine,
  packSchemas,
  type ScreenResult,
  type SubjectInput,
  screen,
  traceText,
} from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { xiji2025 } from '../src/index.ts';

// A check whose value and threshold are words (a category, a choice, a group's rate) reads in the
// reader's language: the English from the pack's own labels, the Chinese as before.
const cows = (id: string, origin: string) => ({
  type: 'breeding-cows',
  id,
  head: '2',
  origin,
  breed: 'angus',
  ageMonths: '8',
  boughtOn: '2025-02-01',
  registeredOn: '2025-03-10',
});

function run(input: SubjectInput): ScreenResult {
  return screen(packSchemas(xiji2025).subject.parse(input), { pack: xiji2025, asOf: '2025-12-31' });
}

describe('checks in words, in both languages (西吉县 2025)', () => {
  const r = run({
    kind: 'household',
    id: 'h1',
    category: 'monitored',
    monitoredType: 'unstable',
    facts: { riskStatus: 'not-eliminated' },
    activities: [cows('a1', 'home-county'), cows('a2', 'other-county')],
  } as SubjectInput);
  const [home, other] = r.lines.filter((l) => l.standardId === 'cattle-cows' && l.ref !== null);
  const check = (line: typeof home, id: string) => line?.trace.find((t) => t.condition === id);

  test('a choice: the origin, and what the clause allows, from the pack’s labels', () => {
    const origin = check(home, 'origin');
    expect(origin && traceText(origin, 'en')).toBe(
      '✗ origin: bought within 西吉县 (must be: bought from another county) [西党办发〔2025〕17号]',
    );
    expect(origin && traceText(origin, 'zh')).toBe(
      '✗ 来源：本县调购（须为：外县（区）调购） [西党办发〔2025〕17号]',
    );
    const breed = check(other, 'breed');
    expect(breed && traceText(breed, 'en')).toContain(
      'breed: Angus (must be: Simmental, Angus, Guyuan yellow cattle)',
    );
  });

  test('who applies and the rate that applied, by group', () => {
    const subject = check(other, 'subject');
    expect(subject && traceText(subject, 'en')).toContain(
      'applicant: monitored household (unstable after poverty alleviation)',
    );
    const rate = check(other, 'rate');
    expect(rate && traceText(rate, 'en')).toContain(
      'award rate that applies: monitored households whose risk is not yet eliminated: 2400 yuan per head',
    );
    // 2 head × 2,400 (未消除风险的监测户) = 4,800
    expect(other && explainLine(other, 'en')).toMatch(/eligible; 2 head × ¥2,400\.00 = ¥4,800\.00$/);
    // the Chinese stays as it was written
    expect(rate?.value).toBe('未消除风险的监测户：2400 元/头');
  });
});
