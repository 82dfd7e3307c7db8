import { idNumberCheckDigit } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import { advance } from '@huinong/register';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { screenDraft } from '../engine.ts';
import { I18nProvider, type Lang } from '../i18n/i18n.tsx';
import { caseHref, caseOfHash, RegisterView } from './RegisterView.tsx';
import { SaveToRegister } from './SaveToRegister.tsx';
import { DEFAULT_PUBLICITY } from './settings.ts';
import { forgetMemoryRegister, listCases, putCases } from './store.ts';
import { pigCase, pigDraft } from './testing.ts';

const id18 = (first17: string) => `${first17}${idNumberCheckDigit(first17)}`;
const WANG = id18('61072419800101123');
const LI = id18('61072419750505001');
const ZHANG = id18('61072419700303002');

const view = (lang: Lang = 'zh') =>
  render(
    <I18nProvider initial={lang}>
      <RegisterView />
    </I18nProvider>,
  );

beforeEach(() => {
  forgetMemoryRegister();
  window.location.hash = '#/register';
});

describe('保存到台账 on the results', () => {
  test('a screen is saved as a case at 申请; saved again, the same case is updated', async () => {
    const draft = pigDraft('王大山', '4');
    const { subject, result } = screenDraft(xixiang2023, draft);
    render(
      <I18nProvider initial="zh">
        <SaveToRegister pack={xixiang2023} draft={draft} subject={subject} result={result} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('身份证号'), WANG);
    await user.type(screen.getByLabelText('“一卡通”账号'), '6228480000000001234');
    await user.click(screen.getByRole('button', { name: '保存到台账' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已保存到台账（编号 2023-0001）');
    await user.click(screen.getByRole('button', { name: '保存到台账' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('已更新台账中的案件（编号 2023-0001）'),
    );
    const cases = await listCases();
    expect(
      cases.map((c) => [c.case.applicant, c.case.account, c.case.screening.total, c.case.lifecycle.state]),
    ).toEqual([[{ name: '王大山', idNumber: WANG }, '6228480000000001234', '2800.00', 'applied']]);
    // the subject is kept under the case's id, never "draft"
    expect(cases[0]?.case.subject.id).toBe(cases[0]?.id);
  });

  test('without a name it is not saved, and says why', async () => {
    const draft = pigDraft('', '4');
    const { subject, result } = screenDraft(xixiang2023, draft);
    render(
      <I18nProvider initial="en">
        <SaveToRegister pack={xixiang2023} draft={draft} subject={subject} result={result} />
      </I18nProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save to register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the applicant’s name first.');
    expect(await listCases()).toEqual([]);
  });
});

describe('the register view', () => {
  test('lists the cases by village with status, amount and last change; searches by name, ID digits, village', async () => {
    await putCases([
      pigCase('王大山', '4', WANG, 1),
      pigCase('李二', '3', LI, 2),
      pigCase('张三', '5', ZHANG, 3),
    ]);
    view();
    const table = await screen.findByRole('table');
    expect(
      screen.getByRole('heading', { name: '堰口镇 白龙塘村：3 户，合计 ¥8,400.00' }),
    ).toBeInTheDocument();
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['申请', '¥3,500.00', '2023-10-01 申请'],
      ['申请', '¥2,100.00', '2023-10-01 申请'],
      ['申请', '¥2,800.00', '2023-10-01 申请'],
    ]);
    const user = userEvent.setup();
    const search = screen.getByLabelText('查找（姓名、身份证号或村）');
    await user.type(search, LI.slice(-6));
    expect(screen.getAllByRole('link', { name: /^(王大山|李二|张三)$/ }).map((a) => a.textContent)).toEqual([
      '李二',
    ]);
    await user.clear(search);
    await user.type(search, '王');
    expect(screen.getAllByRole('link', { name: /^(王大山|李二|张三)$/ }).map((a) => a.textContent)).toEqual([
      '王大山',
    ]);
    await user.clear(search);
    await user.type(search, '河口村');
    expect(screen.getByRole('status')).toHaveTextContent('找到 0 户');
  });

  test('an empty register says how to fill it', async () => {
    view('en');
    expect(await screen.findByText(/No case yet/)).toBeInTheDocument();
  });

  test('a case is deleted only once the deletion is confirmed', async () => {
    const wang = pigCase('王大山', '4', WANG, 1);
    await putCases([wang, pigCase('李二', '3', LI, 2)]);
    window.location.hash = caseHref(wang.id);
    view();
    await screen.findByRole('heading', { name: '王大山' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '删除案件' }));
    expect(screen.getByText('确认从台账删除“王大山”？删除后不能恢复。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect((await listCases()).length).toBe(2);
    await user.click(screen.getByRole('button', { name: '删除案件' }));
    await user.click(screen.getByRole('button', { name: '确认删除' }));
    await waitFor(async () =>
      expect((await listCases()).map((c) => c.case.applicant.name)).toEqual(['李二']),
    );
    expect(await screen.findByText('已删除“王大山”。')).toBeInTheDocument();
  });

  test('a step refused shows the reason at once; a 公示 closed early names its first day', async () => {
    const wang = pigCase('王大山', '4', WANG, 1);
    await putCases([wang]);
    window.location.hash = caseHref(wang.id);
    view();
    await screen.findByRole('heading', { name: '王大山' });
    const user = userEvent.setup();
    const date = screen.getByLabelText('日期');
    const setDate = async (d: string) => {
      await user.clear(date);
      await user.type(date, d);
    };
    await setDate('2023-10-02');
    await user.click(screen.getByRole('button', { name: '提交申请' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('未能办理：请填写经办人姓名后再提交申请');
    await user.type(screen.getByLabelText('经办人姓名'), '李村长');
    await user.click(screen.getByRole('button', { name: '提交申请' }));
    await waitFor(() => expect(screen.getByTestId('case-status')).toHaveTextContent('村级评议'));
    await user.click(screen.getByRole('button', { name: '审核通过' }));
    await user.click(await screen.findByRole('button', { name: '张贴公示' }));
    expect(await screen.findByTestId('case-period')).toHaveTextContent(
      '村级公示期 5 天：2023-10-02 张贴，2023-10-03 至 2023-10-07，2023-10-08 起方可结束公示。',
    );
    await setDate('2023-10-07');
    await user.click(screen.getByRole('button', { name: '公示结束' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('2023-10-08起方可结束，2023-10-07不能结束');
    // after the list is posted the amount stands: re-screening is refused, with the reason
    await user.click(screen.getByRole('button', { name: '按当前政策包重新筛查' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('公示后不能重新筛查'));
    // the village cadre cannot take the township's steps
    await setDate('2023-10-08');
    await user.click(screen.getByRole('button', { name: '公示结束' }));
    await waitFor(() => expect(screen.getByTestId('case-status')).toHaveTextContent('镇审核验收'));
    expect(screen.getByText('当前状态下该身份没有可办理的事项。')).toBeInTheDocument();
    const log = within(screen.getByRole('table', { name: '办理记录' }));
    expect(log.getAllByRole('row')).toHaveLength(5);
    expect((await listCases())[0]?.case.lifecycle.log.map((e) => [e.date, e.event, e.name])).toEqual([
      ['2023-10-02', 'application.submitted', '李村长'],
      ['2023-10-02', 'review.passed', '李村长'],
      ['2023-10-02', 'publicity.opened', '李村长'],
      ['2023-10-08', 'publicity.closed', '李村长'],
    ]);
  });

  test('the settings: village and township days are the county’s, the county’s at least 10', async () => {
    await putCases([pigCase('王大山', '4', WANG, 1)]);
    view();
    await screen.findByRole('table');
    const user = userEvent.setup();
    expect(screen.getByText(/公示天数由县级确定/)).toBeInTheDocument();
    expect(screen.getByLabelText('村级公示天数')).toHaveValue(DEFAULT_PUBLICITY.villageDays);
    expect(screen.getByLabelText('镇（街道）公示天数')).toHaveValue(7);
    await user.clear(screen.getByLabelText('县级公示天数（不少于10天）'));
    await user.type(screen.getByLabelText('县级公示天数（不少于10天）'), '9');
    await user.click(screen.getByRole('button', { name: '保存设置' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('县级公示不少于10天');
  });
});

test('case hashes: #/register/ID, ids encoded', () => {
  expect(caseOfHash(caseHref('白庙村/h1'))).toBe('白庙村/h1');
  expect(caseOfHash('#/register')).toBeNull();
});

test('the probe of the steps a role can take never changes a case', () => {
  const c = pigCase('王大山', '4', WANG, 1).case;
  const r = advance(
    c,
    { type: 'payment.made', date: '2023-10-02', role: 'county', name: '孙' },
    DEFAULT_PUBLICITY,
  );
  expect(r.ok).toBe(false);
});
