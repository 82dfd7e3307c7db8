import { idNumberCheckDigit } from '@huinong/benefits';
import { xiji2025 } from '@huinong/policy-data';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { screenDraft } from '../engine.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import { EMPTY_DRAFT } from '../wizard/draft.ts';
import { saveScreen } from './cases.ts';
import { AcceptanceForm, ApplicationForm } from './documents.tsx';
import { DEFAULT_SETTINGS } from './settings.ts';

// 西吉县 2025: a 未消除风险 monitored household with 6 breeding cows from another county.
// 6 × 2,400 = 14,400; the household's cattle are paid for at most 5 head, so −1 × 2,400 = −2,400;
// the award is 14,400 − 2,400 = 12,000 (壹万贰仟元整).
function cappedCase() {
  const draft = {
    ...EMPTY_DRAFT,
    kind: 'household' as const,
    category: 'monitored' as const,
    monitoredType: 'unstable' as const,
    name: '马五',
    township: '将台堡镇',
    village: '明台村',
    asOf: '2025-09-30',
    activities: ['breeding-cows'],
    answers: {
      'fact.riskStatus': 'not-eliminated',
      'activity.breeding-cows.head': '6',
      'activity.breeding-cows.origin': 'other-county',
      'activity.breeding-cows.breed': 'simmental',
      'activity.breeding-cows.ageMonths': '8',
      'activity.breeding-cows.boughtOn': '2025-02-01',
      'activity.breeding-cows.registeredOn': '2025-02-10',
    },
  };
  const { subject, result } = screenDraft(xiji2025, draft);
  if (!subject || !result) throw new Error('the draft does not screen');
  const r = saveScreen(
    {
      pack: xiji2025,
      subject,
      result,
      draft,
      name: '马五',
      idNumber: `64042219800101123${idNumberCheckDigit('64042219800101123')}`,
      account: '6228480000000001234',
      at: '2025-09-30T08:00:00.000Z',
    },
    null,
    1,
  );
  if (!r.ok) throw new Error(r.reason.en);
  return r.stored;
}

const amounts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((tr) => tr.lastElementChild?.textContent ?? '');

describe('a form’s items add up to its total, deductions included', () => {
  test.for(['申请表', '验收表'] as const)(
    '%s: the line, the cap as its own row, the total and 大写',
    (which) => {
      const stored = cappedCase();
      expect(stored.case.screening.total).toBe('12000.00');
      const Form = which === '申请表' ? ApplicationForm : AcceptanceForm;
      render(
        <I18nProvider initial="zh">
          <Form stored={stored} settings={DEFAULT_SETTINGS} packName={xiji2025.name.zh} />
        </I18nProvider>,
      );
      const table = screen.getAllByRole('table').find((t) => t.className === 'doc-table') as HTMLElement;
      // head, the line, the cap, the total, the 大写
      expect(amounts(table).slice(1, 4)).toEqual(['¥14,400.00', '-¥2,400.00', '¥12,000.00']);
      expect(within(table).getByText(/肉牛扩群补栏每户合计最多5头/)).toBeInTheDocument();
      expect(within(table).getByText('壹万贰仟元整')).toBeInTheDocument();
    },
  );
});
