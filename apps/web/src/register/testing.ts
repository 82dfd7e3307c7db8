import { xixiang2023 } from '@huinong/policy-data';
import { screenDraft } from '../engine.ts';
import { type Draft, EMPTY_DRAFT } from '../wizard/draft.ts';
import { saveScreen } from './cases.ts';
import type { StoredCase } from './store.ts';

/** A 监测对象 of 白龙塘村 raising `head` pigs on ¥3,000 income: 五(一)4(4), 700 元/头. */
export function pigDraft(name: string, head: string): Draft {
  return {
    ...EMPTY_DRAFT,
    kind: 'household',
    category: 'monitored',
    monitoredType: 'unstable',
    name,
    township: '堰口镇',
    village: '白龙塘村',
    asOf: '2023-10-01',
    activities: ['pig'],
    answers: { 'activity.pig.head': head, 'activity.pig.income': '3000' },
  };
}

/** The draft screened and saved as a new case (serial `n`). */
export function pigCase(name: string, head: string, idNumber: string, n: number): StoredCase {
  const draft = pigDraft(name, head);
  const { subject, result } = screenDraft(xixiang2023, draft);
  if (!subject || !result) throw new Error('the draft does not screen');
  const r = saveScreen(
    {
      pack: xixiang2023,
      subject,
      result,
      draft,
      name,
      idNumber,
      account: '6228 4800 0000 0012 34',
      at: `2023-10-0${n}T08:00:00.000Z`,
    },
    null,
    n,
  );
  if (!r.ok) throw new Error(r.reason.en);
  return r.stored;
}
