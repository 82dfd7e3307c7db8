import { idNumberCheckDigit } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { screenDraft } from '../engine.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import { PackValue } from '../packs/packs.tsx';
import { DEFAULT_SETTINGS } from '../register/settings.ts';
import { forgetMemoryRegister, linkCase, putCases, saveSettings } from '../register/store.ts';
import { pigCase, pigDraft } from '../register/testing.ts';
import type { Draft } from '../wizard/draft.ts';
import { Worksheet } from './Worksheet.tsx';

const WANG = `61072419800101123${idNumberCheckDigit('61072419800101123')}`;

function sheet(draft: Draft) {
  const { result, subject } = screenDraft(xixiang2023, draft);
  return render(
    <I18nProvider initial="zh">
      <PackValue pack={xixiang2023}>
        <Worksheet draft={draft} result={result} subject={subject} onBack={() => {}} />
      </PackValue>
    </I18nProvider>,
  );
}

beforeEach(() => {
  forgetMemoryRegister();
});

describe('the worksheet ready to file', () => {
  test('no internal id on paper; a signature and fingerprint box; blanks for the number, ID and account', async () => {
    const { container } = sheet(pigDraft('王大山', '4'));
    await screen.findByText('未保存到台账：编号、身份证号和账号请手写。');
    const paper = container.querySelector('main.worksheet') as HTMLElement;
    expect(paper).toHaveTextContent('监测对象当年养猪');
    expect(paper.textContent).not.toContain('monitored-pig');
    expect(paper.querySelector('.ws-id')).toBeNull();
    expect(screen.getByRole('heading', { name: '申请人签字（按手印）' })).toBeInTheDocument();
    expect(screen.getByTestId('ws-serial')).toHaveTextContent('＿＿＿＿＿＿');
    expect(screen.getByTestId('ws-id-number')).toHaveTextContent('');
  });

  test('saved to the register: its serial number, the 身份证号 and 一卡通 account masked as the county sets, the 制表人', async () => {
    const stored = pigCase('王大山', '4', WANG, 7);
    await putCases([stored]);
    linkCase(xixiang2023.id, stored.id);
    await saveSettings({ ...DEFAULT_SETTINGS, preparer: '周会计' });
    sheet(pigDraft('王大山', '4'));
    await waitFor(() => expect(screen.getByTestId('ws-serial')).toHaveTextContent('2023-0007'));
    expect(screen.getByTestId('ws-id-number')).toHaveTextContent(`610724********${WANG.slice(-4)}`);
    expect(screen.getByTestId('ws-account')).toHaveTextContent('622848********1234');
    expect(screen.getByTestId('ws-preparer')).toHaveTextContent('制表人：周会计');
  });

  test('the county may show the account in full (the bank’s copy)', async () => {
    const stored = pigCase('王大山', '4', WANG, 1);
    await putCases([stored]);
    linkCase(xixiang2023.id, stored.id);
    await saveSettings({
      ...DEFAULT_SETTINGS,
      preparer: '周会计',
      disclosure: { ...DEFAULT_SETTINGS.disclosure, account: { show: 'full', head: 6, tail: 4 } },
    });
    sheet(pigDraft('王大山', '4'));
    await waitFor(() => expect(screen.getByTestId('ws-account')).toHaveTextContent('622848000000001234'));
  });

  test('printing without the applicant’s or the preparer’s name warns first', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    sheet(pigDraft('', '4'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '打印 / 存为 PDF' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      '还没有填写申请人姓名和制表人，打印出来的表无法归档。仍要打印吗？',
    );
    expect(print).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '返回填写' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: '打印 / 存为 PDF' }));
    await user.click(screen.getByRole('button', { name: '仍然打印' }));
    expect(print).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  test('with both names it prints at once, the preparer printed', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    sheet(pigDraft('王大山', '4'));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('制表人'), '周会计');
    await user.click(screen.getByRole('button', { name: '打印 / 存为 PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('ws-preparer')).toHaveTextContent('制表人：周会计');
    vi.unstubAllGlobals();
  });
});
