import {
  basisText,
  CATEGORY_LABELS,
  chineseCapital,
  formatYuan,
  KIND_LABELS,
  MONITORED_TYPE_LABELS,
  type ScreenResult,
  type Subject,
} from '@huinong/benefits';
import { shown } from '@huinong/register';
import { useEffect, useRef, useState } from 'react';
import { effectiveAsOf } from '../engine.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { usePack } from '../packs/packs.tsx';
import type { RegisterSettings } from '../register/settings.ts';
import { linkedCase, listCases, loadSettings, type StoredCase, saveSettings } from '../register/store.ts';
import { notDeclared, whoOf } from '../results/checks.ts';
import type { Draft } from '../wizard/draft.ts';
import { LoanQuarterTable } from './LoanQuarterTable.tsx';
import { useWorksheetMessages } from './messages.ts';
import './worksheet.css';
import { ClauseRef } from '../components/clause.tsx';

/** Words in brackets, as each language writes them. */
const paren = (s: string | null, lang: 'zh' | 'en') => (!s ? '' : lang === 'zh' ? `（${s}）` : ` (${s})`);

/** 年　月　日 with room to write by hand. */
function SignatureBlock({ level, seal }: { level: string; seal: string }) {
  const { t } = useI18n();
  return (
    <section className="sign">
      <h2>{level}</h2>
      <div className="sign-space" />
      <p>
        {t('worksheet.signer')}
        <span className="blank" />
      </p>
      <p>{seal}</p>
      <p className="sign-date">{t('worksheet.date')}</p>
    </section>
  );
}

/**
 * 测算表: the award worksheet, one A4 page per applicant: every eligible line with its clause and
 * the amount in figures and in 大写, the total, and signature blocks for village, township and
 * county. Printed with the browser's print (window.print) from the print stylesheet.
 */
export function Worksheet({
  draft,
  result,
  subject,
  onBack,
}: {
  draft: Draft;
  result: ScreenResult | null;
  subject: Subject | null;
  onBack(): void;
}) {
  const { t, pick, lang } = useI18n();
  const pack = usePack();
  const w = useWorksheetMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const filed = useFiling(pack.id, draft.name);
  const [preparer, setPreparer] = useState<string | null>(null);
  const preparerName = preparer ?? filed.settings?.preparer ?? '';
  const [warning, setWarning] = useState<string | null>(null);
  const disclosure = filed.settings?.disclosure;
  const idNumber = filed.stored?.case.applicant.idNumber;
  const account = filed.stored?.case.account;
  const print = () => {
    const missing = [
      draft.name.trim() ? null : w.t('ws.noNameApplicant'),
      preparerName.trim() ? null : w.t('ws.noNamePreparer'),
    ].filter((x): x is string => x !== null);
    if (missing.length > 0) setWarning(w.t('ws.noName', { what: missing.join(w.t('ws.and')) }));
    else window.print();
  };
  useEffect(() => {
    // the printed (and saved PDF's) title names the plan the amounts come from
    const before = document.title;
    document.title = `${pack.name.zh} · ${t('worksheet.title')}`;
    return () => {
      document.title = before;
    };
  }, [pack, t]);
  const adjustments = result?.adjustments ?? [];
  const lines = result?.lines.filter((l) => !notDeclared(l)) ?? [];
  const eligible = lines.filter((l) => l.status === 'eligible');
  const other = lines.filter((l) => l.status !== 'eligible');
  const total = result?.total ?? '0.00';
  const kind = draft.kind ? pick(KIND_LABELS[draft.kind] ?? { zh: '', en: '' }) : '';
  const category =
    draft.kind === 'household' && draft.category
      ? `${pick(CATEGORY_LABELS[draft.category] ?? { zh: '', en: '' })}${
          draft.category === 'monitored' && draft.monitoredType
            ? `（${pick(MONITORED_TYPE_LABELS[draft.monitoredType] ?? { zh: '', en: '' })}）`
            : ''
        }`
      : '—';
  return (
    <div className="worksheet-page">
      <div className="worksheet-tools no-print">
        <button type="button" className="button secondary" onClick={onBack}>
          {t('nav.back')}
        </button>
        <label className="ws-preparer">
          {w.t('ws.preparer')}
          <input
            type="text"
            value={preparerName}
            autoComplete="name"
            onChange={(e) => setPreparer(e.target.value)}
            onBlur={() => {
              if (filed.settings && preparerName.trim() !== filed.settings.preparer)
                void saveSettings({ ...filed.settings, preparer: preparerName.trim() });
            }}
          />
        </label>
        <button type="button" className="button primary" onClick={print}>
          {t('worksheet.print')}
        </button>
        {warning ? (
          <div className="callout callout-error ws-warning" role="alert">
            <p>{warning}</p>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setWarning(null);
                window.print();
              }}
            >
              {w.t('ws.printAnyway')}
            </button>{' '}
            <button type="button" className="button secondary" onClick={() => setWarning(null)}>
              {w.t('ws.cancel')}
            </button>
          </div>
        ) : null}
        {filed.stored ? null : <p className="muted">{w.t('ws.unsaved')}</p>}
      </div>
      <main className="worksheet" id="main">
        <header className="ws-head">
          <p className="ws-pack" lang="zh-CN">
            {pack.name.zh}
          </p>
          {pack.document.title !== pack.name.zh ? (
            <p className="ws-doc" lang="zh-CN">
              {pack.document.title}
            </p>
          ) : null}
          <h1 tabIndex={-1} ref={heading}>
            {t('worksheet.title')}
          </h1>
          <p className="ws-serial">
            {w.t('ws.serial')}：<span data-testid="ws-serial">{filed.stored?.serial || '＿＿＿＿＿＿'}</span>
          </p>
        </header>
        <table className="ws-applicant">
          <tbody>
            <tr>
              <th scope="row">{t('worksheet.applicant')}</th>
              <td>{draft.name || '—'}</td>
              <th scope="row">{t('worksheet.kind')}</th>
              <td>{kind}</td>
            </tr>
            <tr>
              <th scope="row">{w.t('ws.idNumber')}</th>
              <td className="ws-number" data-testid="ws-id-number">
                {idNumber && disclosure ? shown(idNumber, disclosure.idNumber) : ''}
              </td>
              <th scope="row">{w.t('ws.account')}</th>
              <td className="ws-number" data-testid="ws-account">
                {account && disclosure ? shown(account, disclosure.account) : ''}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('worksheet.place')}</th>
              <td>{[draft.township, draft.village].filter(Boolean).join(' ') || '—'}</td>
              <th scope="row">{t('worksheet.category')}</th>
              <td>{category}</td>
            </tr>
            <tr>
              <th scope="row">{t('worksheet.asOf')}</th>
              <td>{effectiveAsOf(pack, draft)}</td>
              <th scope="row">{t('worksheet.packId')}</th>
              <td>
                {pack.id}
                {pack.version !== '1' ? ` v${pack.version}` : ''}
              </td>
            </tr>
          </tbody>
        </table>

        <table className="ws-lines">
          <caption className="visually-hidden">{t('worksheet.linesCaption')}</caption>
          <colgroup>
            <col className="col-no" />
            <col className="col-standard" />
            <col className="col-clause" />
            <col className="col-basis" />
            <col className="col-amount" />
            <col className="col-capital" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('worksheet.no')}</th>
              <th scope="col">{t('worksheet.standard')}</th>
              <th scope="col">{t('worksheet.clause')}</th>
              <th scope="col">{t('worksheet.basis')}</th>
              <th scope="col">{t('worksheet.amount')}</th>
              <th scope="col">{t('worksheet.capital')}</th>
            </tr>
          </thead>
          <tbody>
            {eligible.length === 0 ? (
              <tr>
                <td colSpan={6}>{t('worksheet.none')}</td>
              </tr>
            ) : null}
            {eligible.map((l, i) => (
              <tr key={l.key} data-standard={l.standardId}>
                <td className="num" data-label={t('worksheet.no')}>
                  {i + 1}
                </td>
                <td data-label={t('worksheet.standard')}>
                  {pick(l.title)}
                  {paren(whoOf(l, subject, lang), lang)}
                </td>
                <td className="ws-clause" data-label={t('worksheet.clause')}>
                  <strong>
                    <ClauseRef clause={l.clause} lang={lang} />
                  </strong>{' '}
                  <span lang="zh-CN">{l.clauseText}</span>
                </td>
                <td data-label={t('worksheet.basis')}>
                  {basisText(l, lang)}
                  {l.periods?.some((p) => p.counted) ? (
                    <ul className="ws-periods">
                      {l.periods
                        .filter((p) => p.counted)
                        .map((p) => (
                          <li key={p.quarter}>
                            {p.quarter} {t('results.settlement')} {p.settlementDate}：{p.days}
                            {t('worksheet.daysUnit')} {formatYuan(p.amount)}
                          </li>
                        ))}
                    </ul>
                  ) : null}
                </td>
                <td className="num" data-label={t('worksheet.amount')}>
                  {formatYuan(l.amount)}
                </td>
                <td className="capital" lang="zh-CN" data-label={t('worksheet.capital')}>
                  {chineseCapital(l.amount)}
                </td>
              </tr>
            ))}
            {adjustments.map((a, i) => (
              <tr key={a.key} className="ws-adjustment" data-limit={a.limitId}>
                <td className="num" data-label={t('worksheet.no')}>
                  {eligible.length + i + 1}
                </td>
                <td data-label={t('worksheet.standard')}>{pick(a.label)}</td>
                <td className="ws-clause" data-label={t('worksheet.clause')}>
                  <strong>
                    <ClauseRef clause={a.clause} lang={lang} />
                  </strong>{' '}
                  <span lang="zh-CN">{a.clauseText}</span>
                </td>
                <td data-label={t('worksheet.basis')}>{pick(a.message)}</td>
                <td className="num" data-label={t('worksheet.amount')}>
                  {formatYuan(a.amount)}
                </td>
                <td className="capital" lang="zh-CN" data-label={t('worksheet.capital')}>
                  （减）{chineseCapital(a.amount.replace(/^-/, ''))}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('worksheet.total')}
              </th>
              <td className="num" data-label={t('worksheet.amount')}>
                <strong data-testid="ws-total">{formatYuan(total)}</strong>
              </td>
              <td className="capital" lang="zh-CN" data-label={t('worksheet.capital')}>
                <strong>{chineseCapital(total)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>

        <LoanQuarterTable lines={eligible} subject={subject} />

        {other.length > 0 ? (
          <section className="ws-other">
            <h2>{t('worksheet.notCounted')}</h2>
            <ul>
              {other.map((l) => (
                <li key={l.key}>
                  {pick(l.title)}
                  {paren(whoOf(l, subject, lang), lang)}
                  {lang === 'zh' ? '（' : ' ('}
                  <ClauseRef clause={l.clause} lang={lang} />
                  {lang === 'zh' ? '）：' : '): '}
                  {l.nearMiss ? pick(l.nearMiss.message) : t('worksheet.notMet')}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <div className="ws-signatures">
          <section className="sign ws-applicant-sign">
            <h2>{w.t('ws.applicantSign')}</h2>
            <p className="ws-promise">{w.t('ws.promise')}</p>
            <div className="sign-space ws-fingerprint" />
            <p className="sign-date">{t('worksheet.date')}</p>
          </section>
          <SignatureBlock level={t('worksheet.village')} seal={t('worksheet.sealVillage')} />
          <SignatureBlock level={t('worksheet.township')} seal={t('worksheet.sealTownship')} />
          <SignatureBlock level={t('worksheet.county')} seal={t('worksheet.sealCounty')} />
        </div>
        <footer className="ws-foot">
          <p data-testid="ws-preparer">
            {w.t('ws.preparerLine', { name: preparerName.trim() || '＿＿＿＿＿＿' })}
          </p>
          <p>
            {t('worksheet.basisPack')}
            {/* the plan as it is titled: a worksheet is filed under the plan's own name */}
            <span lang="zh-CN">{pack.name.zh}</span>
            {lang === 'zh' ? '（' : ' ('}
            {t('worksheet.published')}
            {pack.document.published}
            {lang === 'zh' ? '）' : ')'}
          </p>
          <p>{t('worksheet.process')}</p>
        </footer>
      </main>
    </div>
  );
}

/**
 * The register's record of this applicant, if the draft was saved (the case it was saved as, while
 * it still names the same applicant), and the county's settings (disclosure, 制表人).
 */
function useFiling(
  packId: string,
  name: string,
): { stored: StoredCase | null; settings: RegisterSettings | null } {
  const [state, setState] = useState<{ stored: StoredCase | null; settings: RegisterSettings | null }>({
    stored: null,
    settings: null,
  });
  useEffect(() => {
    let live = true;
    const link = linkedCase(packId);
    Promise.all([link === null ? Promise.resolve([]) : listCases(), loadSettings()]).then(
      ([cases, settings]) => {
        if (!live) return;
        const c = cases.find((x) => x.id === link);
        setState({ stored: c && c.case.applicant.name === name.trim() ? c : null, settings });
      },
    );
    return () => {
      live = false;
    };
  }, [packId, name]);
  return state;
}
