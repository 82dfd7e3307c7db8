/**
 * The forms and lists the procedure prints, one A4 document each: the 申请表 of a household, the
 * 验收表, the 审批表 with its log, and the frozen lists (公示名单 with its dates, 审批表 of a village)
 * with the pack, engine and hash they were made from. No internal id is printed; numbers are shown
 * as the county's disclosure setting says (a 公示名单 always masked).
 */
import { CATEGORY_LABELS, chineseCapital, formatYuan, KIND_LABELS } from '@huinong/benefits';
import {
  type Column,
  EVENT_LABELS,
  type FrozenList,
  lineItem,
  milestones,
  paidLines,
  type RegisterCase,
  ROLE_LABELS,
  STATE_LABELS,
  shown,
  statusOf,
} from '@huinong/register';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useRegisterMessages } from './messages.ts';
import type { RegisterSettings } from './settings.ts';
import type { StoredCase } from './store.ts';

function Sign({ title, lines = 1 }: { title: string; lines?: number }) {
  const { t } = useRegisterMessages();
  return (
    <section className="doc-sign">
      <h2>{title}</h2>
      <div className="doc-sign-space" style={{ minHeight: `${lines * 3}em` }} />
      <p className="doc-sign-date">{t('form.date')}</p>
    </section>
  );
}

/** The head of a form: the plan, the title and the serial number. */
function FormHead({ title, serial, packName }: { title: string; serial: string; packName: string }) {
  const { t } = useRegisterMessages();
  return (
    <header className="doc-head">
      <p className="doc-pack" lang="zh-CN">
        {packName}
      </p>
      <h1>{title}</h1>
      {serial ? <p className="doc-serial">{t('form.serial', { serial })}</p> : null}
    </header>
  );
}

/** The applicant's particulars, numbers shown as the county sets. */
function Particulars({ c, settings }: { c: RegisterCase; settings: RegisterSettings }) {
  const { t } = useRegisterMessages();
  const { pick } = useI18n();
  const s = c.subject;
  const kind = pick(KIND_LABELS[s.kind] ?? { zh: s.kind, en: s.kind });
  const category = s.kind === 'household' ? pick(CATEGORY_LABELS[s.category] ?? { zh: '', en: '' }) : '—';
  return (
    <table className="doc-particulars">
      <tbody>
        <tr>
          <th scope="row">{t('form.applicant')}</th>
          <td>{c.applicant.name || '—'}</td>
          <th scope="row">{kind}</th>
          <td>{category}</td>
        </tr>
        <tr>
          <th scope="row">{t('case.idNumber')}</th>
          <td className="nowrap">{shown(c.applicant.idNumber, settings.disclosure.idNumber) || '—'}</td>
          <th scope="row">{t('case.account')}</th>
          <td className="nowrap">{shown(c.account, settings.disclosure.account) || '—'}</td>
        </tr>
        <tr>
          <th scope="row">{t('case.place')}</th>
          <td colSpan={3}>{[c.township, c.village].filter(Boolean).join(' ') || '—'}</td>
        </tr>
      </tbody>
    </table>
  );
}

function Footer({ c, settings }: { c: RegisterCase; settings: RegisterSettings }) {
  const { t } = useRegisterMessages();
  return (
    <footer className="doc-foot">
      <p>{t('form.preparer', { name: settings.preparer || '＿＿＿＿' })}</p>
      <p>
        {t('docs.meta', {
          pack: c.pack.id,
          version: c.pack.version,
          engine: c.engineVersion,
          date: c.asOf,
        })}
      </p>
    </footer>
  );
}

/** 申请表: the applicant, the items applied for with their amounts, the promise and the signature box. */
export function ApplicationForm({
  stored,
  settings,
  packName,
}: {
  stored: StoredCase;
  settings: RegisterSettings;
  packName: string;
}) {
  const { t } = useRegisterMessages();
  const c = stored.case;
  const lines = paidLines(c);
  return (
    <article className="doc" aria-label={t('form.applicationTitle')}>
      <FormHead title={t('form.applicationTitle')} serial={stored.serial} packName={packName} />
      <Particulars c={c} settings={settings} />
      <table className="doc-table">
        <caption>{t('form.items')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('form.item')}</th>
            <th scope="col">{t('form.clause')}</th>
            <th scope="col">{t('form.declared')}</th>
            <th scope="col">{t('form.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.length === 0 ? (
            <tr>
              <td colSpan={4}>{t('docs.noRows')}</td>
            </tr>
          ) : null}
          {lines.map((l) => (
            <tr key={l.key}>
              <td>{lineItem(c, l)}</td>
              <td>{l.clause}</td>
              <td>{l.basis.quantity ? `${l.basis.quantity} ${l.basis.unit ?? ''}` : ''}</td>
              <td className="num">{formatYuan(l.amount)}</td>
            </tr>
          ))}
          {c.screening.adjustments.map((a) => (
            <tr key={a.key}>
              <td>{a.label.zh}</td>
              <td>{a.clause}</td>
              <td />
              <td className="num">{formatYuan(a.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('docs.total')}
            </th>
            <td className="num">
              <strong>{formatYuan(c.screening.total)}</strong>
            </td>
          </tr>
          <tr>
            <th scope="row" colSpan={2}>
              {t('form.capital')}
            </th>
            <td colSpan={2} lang="zh-CN">
              {chineseCapital(c.screening.total)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="doc-promise">{t('form.promise')}</p>
      <div className="doc-signs">
        <section className="doc-sign doc-fingerprint">
          <h2>{t('form.sign')}</h2>
          <div className="doc-sign-space doc-fingerprint-box" />
          <p className="doc-sign-date">{t('form.date')}</p>
        </section>
        <Sign title={t('form.villageOpinion')} />
      </div>
      <Footer c={c} settings={settings} />
    </article>
  );
}

/** 验收表: each item with the quantity declared and blanks for what the checkers found. */
export function AcceptanceForm({
  stored,
  settings,
  packName,
}: {
  stored: StoredCase;
  settings: RegisterSettings;
  packName: string;
}) {
  const { t } = useRegisterMessages();
  const c = stored.case;
  const lines = paidLines(c);
  return (
    <article className="doc" aria-label={t('form.acceptanceTitle')}>
      <FormHead title={t('form.acceptanceTitle')} serial={stored.serial} packName={packName} />
      <Particulars c={c} settings={settings} />
      <table className="doc-table">
        <thead>
          <tr>
            <th scope="col">{t('form.item')}</th>
            <th scope="col">{t('form.declared')}</th>
            <th scope="col">{t('form.checked')}</th>
            <th scope="col">{t('form.verdict')}</th>
            <th scope="col">{t('form.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.key}>
              <td>
                {lineItem(c, l)}（{l.clause}）
              </td>
              <td>{l.basis.quantity ? `${l.basis.quantity} ${l.basis.unit ?? ''}` : ''}</td>
              <td className="doc-blank" />
              <td className="doc-blank">□合格　□不合格</td>
              <td className="num">{formatYuan(l.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="doc-signs">
        <Sign title={t('form.checkers')} lines={2} />
        <Sign title={t('form.townshipOpinion')} lines={2} />
      </div>
      <Footer c={c} settings={settings} />
    </article>
  );
}

/** 审批表: the award, who passed each review and posted each list, and the whole log. */
export function ApprovalForm({
  stored,
  settings,
  packName,
}: {
  stored: StoredCase;
  settings: RegisterSettings;
  packName: string;
}) {
  const { t } = useRegisterMessages();
  const { pick } = useI18n();
  const c = stored.case;
  const m = milestones(c);
  const signed = (e: { date: string; name: string } | null) => (e ? `${e.date} ${e.name}` : t('form.notYet'));
  const posted = (p: string | null, closed: { date: string } | null) =>
    p === null ? t('form.notYet') : closed ? `${p} — ${closed.date}` : `${p} —`;
  const rows: [string, ReactNode][] = [
    [t('form.villageOpinion'), signed(m.village.reviewed)],
    [`${t('form.villageOpinion')}（公示）`, posted(m.village.posted, m.village.closed)],
    [t('form.townshipOpinion'), signed(m.township.reviewed)],
    [`${t('form.townshipOpinion')}（公示）`, posted(m.township.posted, m.township.closed)],
    [t('form.countyOpinion'), signed(m.county.reviewed)],
    [`${t('form.countyOpinion')}（公示）`, posted(m.county.posted, m.county.closed)],
  ];
  return (
    <article className="doc" aria-label={t('form.approvalTitle')}>
      <FormHead title={t('form.approvalTitle')} serial={stored.serial} packName={packName} />
      <Particulars c={c} settings={settings} />
      <table className="doc-particulars">
        <tbody>
          <tr>
            <th scope="row">{t('case.amount')}</th>
            <td>
              {formatYuan(c.screening.total)}（{chineseCapital(c.screening.total)}）
            </td>
          </tr>
          <tr>
            <th scope="row">{t('case.status')}</th>
            <td>{pick(statusOf(c))}</td>
          </tr>
          <tr>
            <th scope="row">{t('form.items')}</th>
            <td>
              {paidLines(c)
                .map((l) => lineItem(c, l))
                .join('、') || '—'}
            </td>
          </tr>
        </tbody>
      </table>
      <table className="doc-table">
        <caption>{t('form.milestones')}</caption>
        <tbody>
          {rows.map(([h, v]) => (
            <tr key={h}>
              <th scope="row">{h}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LogTable c={c} />
      <div className="doc-signs">
        <Sign title={t('form.countyOpinion')} lines={2} />
      </div>
      <Footer c={c} settings={settings} />
    </article>
  );
}

/** The log of a case: date, step, role, name, the state it led to, the note. */
export function LogTable({ c }: { c: RegisterCase }) {
  const { t } = useRegisterMessages();
  const { pick } = useI18n();
  if (c.lifecycle.log.length === 0) return <p className="muted">{t('log.empty')}</p>;
  return (
    // a wide table on a phone: it scrolls in its own region, which the keyboard can reach
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
    <section className="log-scroll" tabIndex={0} aria-label={t('log.title')}>
      <table className="doc-table log-table">
        <caption>{t('log.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('log.date')}</th>
            <th scope="col">{t('log.step')}</th>
            <th scope="col">{t('log.role')}</th>
            <th scope="col">{t('log.name')}</th>
            <th scope="col">{t('log.to')}</th>
            <th scope="col">{t('log.note')}</th>
          </tr>
        </thead>
        <tbody>
          {c.lifecycle.log.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the log only grows; an entry's place is its identity
            <tr key={i}>
              <td className="nowrap">{e.date}</td>
              <td>{pick(EVENT_LABELS[e.event])}</td>
              <td>{pick(ROLE_LABELS[e.role])}</td>
              <td>{e.name}</td>
              <td>{pick(STATE_LABELS[e.to])}</td>
              <td>{e.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A frozen list printed with its columns, its period (a 公示名单), and what it was made from. */
export function ListDoc({
  list,
  columns,
  place,
  packName,
  preparer,
}: {
  list: FrozenList;
  columns: readonly Column[];
  place: string;
  packName: string;
  preparer: string;
}) {
  const { t, pick } = useRegisterMessages();
  const m = list.meta;
  return (
    <article className="doc" aria-label={`${place}${list.meta.title.zh}`}>
      <header className="doc-head">
        <p className="doc-pack" lang="zh-CN">
          {packName}
        </p>
        <h1>
          {place}
          {pick(m.title)}
        </h1>
      </header>
      {m.period ? (
        <p className="doc-period">
          {t('docs.period', {
            posted: m.period.posted,
            from: m.period.from,
            to: m.period.to,
            days: m.period.days,
          })}
        </p>
      ) : null}
      <table className="doc-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c.key}>
                {pick(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{t('docs.noRows')}</td>
            </tr>
          ) : null}
          {list.rows.map((r) => (
            <tr key={r.key}>
              {columns.map((c) => (
                <td key={c.key} className={c.type === 'text' ? undefined : 'num'}>
                  {c.type === 'money' ? formatYuan(String(r[c.key] ?? '0.00')) : String(r[c.key] ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="doc-foot">
        <p>{t('form.preparer', { name: preparer || '＿＿＿＿' })}</p>
        <p>
          {t('docs.meta', {
            pack: m.pack.id,
            version: m.pack.version,
            engine: m.engineVersion,
            date: m.date,
          })}
        </p>
        <p className="doc-hash">
          {t('docs.hash')}：<code data-testid="list-hash">{list.hash}</code>
        </p>
      </footer>
    </article>
  );
}
