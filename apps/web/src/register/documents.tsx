/**
 * The forms and lists the procedure prints, one A4 document each: the 申请表 of a household, the
 * 验收表, the 审批表 with its log, and the frozen lists (公示名单 with its dates, 审批表 of a village)
 * with the pack, engine and hash they were made from. No internal id is printed; numbers are shown
 * as the county's disclosure setting says (a 公示名单 always masked). Each form ends with its own
 * 校验值 (`formHash`), each list with the hash of its rows.
 */
import {
  CATEGORY_LABELS,
  chineseCapital,
  Dec,
  formatYuan,
  KIND_LABELS,
  MONITORED_TYPE_LABELS,
  plain,
  sumMoney,
  unitText,
} from '@huinong/benefits';
import {
  type Column,
  EVENT_LABELS,
  type FrozenAdjustment,
  type FrozenLine,
  type FrozenList,
  type Level,
  milestones,
  paidLines,
  type RegisterCase,
  ROLE_LABELS,
  STATE_LABELS,
  shown,
  statusOf,
} from '@huinong/register';
import { type ReactNode, useId } from 'react';
import { lineTitles, today } from '../engine.ts';
import { inLang } from '../i18n/i18n.tsx';
import { formHash } from './form-hash.ts';
import { type RegisterMessageKey, useRegisterMessages } from './messages.ts';
import { Name, typedLang } from './rich.tsx';
import type { RegisterSettings } from './settings.ts';
import type { StoredCase } from './store.ts';

/** A box to sign (and seal) in, with the date line at its foot. */
function Sign({
  title,
  lines = 1,
  seal = false,
  signer = true,
}: {
  title: string;
  lines?: number;
  /** a 盖章 blank after the signature */
  seal?: boolean;
  /** a 负责人签字 line (a box the checkers sign in themselves has none) */
  signer?: boolean;
}) {
  const { t } = useRegisterMessages();
  return (
    <section className="doc-sign">
      <h2>{title}</h2>
      <div className="doc-sign-space" style={{ minHeight: `${lines * 3}em` }} />
      {signer ? (
        <p className="doc-sign-by">
          {t('form.signer')}＿＿＿＿＿＿{seal ? t('form.seal') : ''}
        </p>
      ) : null}
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
  const { t, pick, lang } = useRegisterMessages();
  const s = c.subject;
  const kind = pick(KIND_LABELS[s.kind] ?? { zh: s.kind, en: s.kind });
  let category: string | null = null;
  if (s.kind === 'household') {
    category = pick(CATEGORY_LABELS[s.category] ?? { zh: '', en: '' });
    const type =
      s.category === 'monitored' && s.monitoredType ? MONITORED_TYPE_LABELS[s.monitoredType] : null;
    if (type) category += lang === 'en' ? ` (${pick(type)})` : `（${type.zh}）`;
  }
  const place = [c.township, c.village].filter(Boolean).join(' ');
  return (
    <table className="doc-particulars">
      <tbody>
        <tr>
          <th scope="row">{t('form.applicant')}</th>
          <td>{c.applicant.name ? <Name>{c.applicant.name}</Name> : '—'}</td>
          <th scope="row">{t('form.kind')}</th>
          <td>{kind}</td>
        </tr>
        <tr>
          <th scope="row">{t('case.idNumber')}</th>
          <td className="nowrap">{shown(c.applicant.idNumber, settings.disclosure.idNumber) || '—'}</td>
          <th scope="row">{t('case.account')}</th>
          <td className="nowrap">{shown(c.account, settings.disclosure.account) || '—'}</td>
        </tr>
        <tr>
          <th scope="row">{t('case.place')}</th>
          <td colSpan={category === null ? 3 : 1}>{place ? <Name>{place}</Name> : '—'}</td>
          {category === null ? null : (
            <>
              <th scope="row">{t('form.category')}</th>
              <td>{category}</td>
            </>
          )}
        </tr>
      </tbody>
    </table>
  );
}

/** A line's item as printed: its title in the reader's language and the member it is for. */
function Item({ c, line }: { c: RegisterCase; line: FrozenLine }) {
  const { pick, lang } = useRegisterMessages();
  const memberId = line.ref?.kind === 'member' ? line.ref.id : line.ref?.member;
  const member =
    memberId !== undefined && c.subject.kind === 'household'
      ? c.subject.members.find((m) => m.id === memberId)?.name
      : undefined;
  // two batches of one activity print as two numbered lines, as on the results
  const title = lineTitles(c.subject)?.(line) ?? line.title;
  return (
    <>
      {pick(title)}
      {member ? (
        <>
          {lang === 'en' ? ' (' : '（'}
          <Name>{member}</Name>
          {lang === 'en' ? ')' : '）'}
        </>
      ) : null}
    </>
  );
}

/** "4 头": the quantity declared, in the unit of the line. */
function useDeclared() {
  const { pick } = useRegisterMessages();
  return (l: FrozenLine) =>
    l.basis.quantity ? `${l.basis.quantity} ${pick(unitText(l.basis.unit))}`.trim() : '';
}

/** "¥700.00/头", or "10%" of a rate: the standard the amount was computed at. */
function useStandard() {
  const { pick } = useRegisterMessages();
  return (l: FrozenLine) => {
    if (l.basis.unitAmount) {
      const unit = pick(unitText(l.basis.unit));
      return unit ? `${formatYuan(l.basis.unitAmount)}/${unit}` : formatYuan(l.basis.unitAmount);
    }
    if (l.basis.rate) return `${plain(new Dec(l.basis.rate).times(100))}%`;
    return '';
  };
}

/** The foot of a form: who made it, what from, when, and its 校验值. */
function Footer({
  c,
  settings,
  withLog = false,
}: {
  c: RegisterCase;
  settings: RegisterSettings;
  withLog?: boolean;
}) {
  const { t, lang } = useRegisterMessages();
  return (
    <footer className="doc-foot">
      <p>{preparedBy(t('form.preparer', { name: '{name}' }), settings.preparer)}</p>
      <p>
        {t('form.meta', {
          pack: c.pack.id,
          version: c.pack.version,
          engine: c.engineVersion,
          asOf: c.asOf,
          date: today(),
        })}
      </p>
      <p className="doc-hash">
        {t('docs.hash')}
        {colon(lang)}
        <code data-testid="form-hash">{formHash(c, withLog)}</code>
      </p>
    </footer>
  );
}

const colon = (lang: 'zh' | 'en') => (lang === 'en' ? ': ' : '：');

/** "制表人：周会计", the name marked as a name; a blank to write it in when there is none. */
function preparedBy(template: string, name: string): ReactNode {
  const [before, after] = template.split('{name}');
  return (
    <>
      {before}
      {name ? <Name>{name}</Name> : '＿＿＿＿'}
      {after}
    </>
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
  const { t, pick, lang } = useRegisterMessages();
  const declared = useDeclared();
  const standard = useStandard();
  const c = stored.case;
  return (
    <article className="doc" aria-label={t('form.applicationTitle')}>
      <FormHead title={t('form.applicationTitle')} serial={stored.serial} packName={packName} />
      <Particulars c={c} settings={settings} />
      <ItemTable
        c={c}
        caption={t('form.items')}
        heads={[t('form.item'), t('form.clause'), t('form.declared'), t('form.standard'), t('form.amount')]}
        line={(l) => (
          <>
            <td>
              <Item c={c} line={l} />
            </td>
            <td className="nowrap">{inLang(l.clause, lang)}</td>
            <td className="nowrap">{declared(l)}</td>
            <td className="nowrap">{standard(l)}</td>
          </>
        )}
        adjustment={(a) => (
          <>
            <td>{pick(a.label)}</td>
            <td className="nowrap">{inLang(a.clause, lang)}</td>
            <td />
            <td />
          </>
        )}
      />
      <p className="doc-promise">{t('form.promise')}</p>
      <div className="doc-signs">
        <section className="doc-sign doc-fingerprint">
          <h2>{t('form.sign')}</h2>
          <div className="doc-sign-space doc-fingerprint-box" />
          <p className="doc-sign-date">{t('form.date')}</p>
        </section>
        <Sign title={t('form.villageOpinion')} seal />
      </div>
      <Footer c={c} settings={settings} />
    </article>
  );
}

/**
 * A form's items: a row per line paid and a row per household-stage deduction (a negative
 * amount), each ending in its amount, then the total in figures and in 大写 — the sum of the rows.
 */
function ItemTable({
  c,
  caption,
  heads,
  line,
  adjustment,
}: {
  c: RegisterCase;
  caption?: string;
  /** the columns' heads, the amount's last */
  heads: readonly string[];
  /** a line's cells before its amount */
  line: (l: FrozenLine) => ReactNode;
  adjustment: (a: FrozenAdjustment) => ReactNode;
}) {
  const { t } = useRegisterMessages();
  const lines = paidLines(c);
  return (
    <table className="doc-table">
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {heads.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.length === 0 ? (
          <tr>
            <td colSpan={heads.length}>{t('docs.noRows')}</td>
          </tr>
        ) : null}
        {lines.map((l) => (
          <tr key={l.key}>
            {line(l)}
            <td className="num">{formatYuan(l.amount)}</td>
          </tr>
        ))}
        {c.screening.adjustments.map((a) => (
          <tr key={a.key}>
            {adjustment(a)}
            <td className="num">{formatYuan(a.amount)}</td>
          </tr>
        ))}
      </tbody>
      <Total amount={c.screening.total} span={heads.length - 1} />
    </table>
  );
}

/** The foot of an item table: the total in figures, then in 大写. */
function Total({ amount, span }: { amount: string; span: number }) {
  const { t } = useRegisterMessages();
  return (
    <tfoot>
      <tr>
        <th scope="row" colSpan={span}>
          {t('docs.total')}
        </th>
        <td className="num">
          <strong>{formatYuan(amount)}</strong>
        </td>
      </tr>
      <tr>
        <th scope="row" colSpan={2}>
          {t('form.capital')}
        </th>
        <td colSpan={span - 1} lang="zh-CN">
          {chineseCapital(amount)}
        </td>
      </tr>
    </tfoot>
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
  const { t, pick, lang } = useRegisterMessages();
  const declared = useDeclared();
  const c = stored.case;
  return (
    <article className="doc" aria-label={t('form.acceptanceTitle')}>
      <FormHead title={t('form.acceptanceTitle')} serial={stored.serial} packName={packName} />
      <Particulars c={c} settings={settings} />
      <ItemTable
        c={c}
        heads={[t('form.item'), t('form.declared'), t('form.checked'), t('form.verdict'), t('form.amount')]}
        line={(l) => (
          <>
            <td>
              <Item c={c} line={l} />
              {lang === 'en' ? ` (${inLang(l.clause, lang)})` : `（${l.clause}）`}
            </td>
            <td className="nowrap">{declared(l)}</td>
            <td className="doc-blank" />
            <td className="doc-blank nowrap">
              {t('form.pass')}　{t('form.fail')}
            </td>
          </>
        )}
        // a cap or exclusion is checked with the lines it reduces: shown, so that the rows add up
        adjustment={(a) => (
          <>
            <td>
              {pick(a.label)}
              {lang === 'en' ? ` (${inLang(a.clause, lang)})` : `（${a.clause}）`}
            </td>
            <td />
            <td />
            <td />
          </>
        )}
      />
      <div className="doc-signs">
        <Sign title={t('form.checkers')} lines={2} signer={false} />
        <Sign title={t('form.townshipOpinion')} lines={2} seal />
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
  const { t, pick, lang } = useRegisterMessages();
  const c = stored.case;
  const m = milestones(c);
  const signed = (e: { date: string; name: string } | null): ReactNode =>
    e ? (
      <>
        {e.date} <Name>{e.name}</Name>
      </>
    ) : (
      t('form.notYet')
    );
  const posted = (p: string | null, closed: { date: string } | null) =>
    p === null ? t('form.notYet') : closed ? `${p} — ${closed.date}` : `${p} —`;
  const rows: [string, ReactNode][] = [
    [t('form.villageOpinion'), signed(m.village.reviewed)],
    [t('form.villagePublicity'), posted(m.village.posted, m.village.closed)],
    [t('form.townshipOpinion'), signed(m.township.reviewed)],
    [t('form.townshipPublicity'), posted(m.township.posted, m.township.closed)],
    [t('form.countyOpinion'), signed(m.county.reviewed)],
    [t('form.countyPublicity'), posted(m.county.posted, m.county.closed)],
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
              {formatYuan(c.screening.total)}
              {lang === 'en' ? ' (' : '（'}
              <span lang="zh-CN">{chineseCapital(c.screening.total)}</span>
              {lang === 'en' ? ')' : '）'}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('case.status')}</th>
            <td>{pick(statusOf(c))}</td>
          </tr>
          <tr>
            <th scope="row">{t('form.items')}</th>
            <td>
              {paidLines(c).length === 0
                ? '—'
                : paidLines(c).map((l, i) => (
                    <span key={l.key}>
                      {i > 0 ? (lang === 'en' ? ', ' : '、') : ''}
                      <Item c={c} line={l} />
                    </span>
                  ))}
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
        <Sign title={t('form.countyOpinion')} lines={2} seal />
      </div>
      <Footer c={c} settings={settings} withLog />
    </article>
  );
}

/** The log of a case: date, step, role, name, the state it led to, the note. */
export function LogTable({ c }: { c: RegisterCase }) {
  const { t, pick } = useRegisterMessages();
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
              <td className="nowrap" data-proper-name="">
                {e.name}
              </td>
              <td>{pick(STATE_LABELS[e.to])}</td>
              <td className="log-note" {...typedLang(e.note ?? '')}>
                {e.note ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const SEALS: Readonly<Record<Level, RegisterMessageKey>> = {
  village: 'docs.seal.village',
  township: 'docs.seal.township',
  county: 'docs.seal.county',
};

const OBJECT_TO: Readonly<Record<Level, RegisterMessageKey>> = {
  village: 'docs.objectTo.village',
  township: 'docs.objectTo.township',
  county: 'docs.objectTo.county',
};

/**
 * A frozen list printed with its columns, its period (a 公示名单), its total, the blanks to sign
 * and seal, and what it was made from. The rows are printed as frozen (in Chinese).
 */
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
  const { t, pick, lang } = useRegisterMessages();
  const m = list.meta;
  const title = pick(m.title);
  const money = columns.findIndex((c) => c.type === 'money');
  const total = sumMoney(list.rows.map((r) => String(r[columns[money]?.key ?? 'amount'] ?? '0.00')));
  const level = list.kind === 'publicity' ? (m.level ?? null) : null;
  // a list of many columns (the 审批表 of a village) is printed on a landscape sheet
  const wide = columns.length > 8;
  const heading = useId();
  return (
    <article className={wide ? 'doc doc-wide' : 'doc'} aria-labelledby={heading}>
      <header className="doc-head">
        <p className="doc-pack" lang="zh-CN">
          {packName}
        </p>
        <h1 id={heading}>
          <Name>{place}</Name>
          {lang === 'en' ? ' ' : ''}
          {title}
        </h1>
      </header>
      {m.period ? (
        <p className="doc-period">
          {t('docs.period', {
            posted: m.period.posted,
            from: m.period.from,
            to: m.period.to,
            days: m.period.days,
            whom: level ? t(OBJECT_TO[level]) : '',
          })}
        </p>
      ) : null}
      <table className="doc-table doc-list">
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
              {columns.map((c) => {
                const v = r[c.key];
                if (c.type === 'money')
                  return (
                    <td key={c.key} className="num">
                      {formatYuan(String(v ?? '0.00'))}
                    </td>
                  );
                if (c.type === 'integer')
                  return (
                    <td key={c.key} className="num">
                      {String(v ?? '')}
                    </td>
                  );
                // the rows as frozen: Chinese text, names and places as written
                return (
                  <td key={c.key} className={`col-${c.key}`} {...typedLang(String(v ?? ''))}>
                    {String(v ?? '')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {money >= 0 ? (
          <tfoot>
            <tr>
              <th scope="row" colSpan={money}>
                {t('docs.subtotal', { n: list.rows.length })}
              </th>
              <td className="num" data-testid="list-total">
                <strong>{formatYuan(total)}</strong>
              </td>
              {columns.length - money - 1 > 0 ? <td colSpan={columns.length - money - 1} /> : null}
            </tr>
            <tr>
              <th scope="row" colSpan={Math.min(2, money)}>
                {t('form.capital')}
              </th>
              <td colSpan={columns.length - Math.min(2, money)} lang="zh-CN">
                {chineseCapital(total)}
              </td>
            </tr>
          </tfoot>
        ) : null}
      </table>
      <div className="doc-list-signs">
        {level ? (
          <>
            <p>{t(SEALS[level])}</p>
            <p>{t('docs.handler')}</p>
            <p>{t('docs.phone')}</p>
            <p>{t('docs.sealDate')}</p>
          </>
        ) : (
          <>
            <p>{t('docs.seal.village')}</p>
            <p>{t('docs.seal.township')}</p>
            <p>{t('docs.seal.county')}</p>
            <p>{t('docs.sealDate')}</p>
          </>
        )}
      </div>
      <footer className="doc-foot">
        <p>{preparedBy(t('form.preparer', { name: '{name}' }), preparer)}</p>
        <p>
          {t('docs.meta', {
            pack: m.pack.id,
            version: m.pack.version,
            engine: m.engineVersion,
            date: m.date,
          })}
        </p>
        <p className="doc-hash">
          {t('docs.hash')}
          {colon(lang)}
          <code data-testid="list-hash">{list.hash}</code>
        </p>
      </footer>
    </article>
  );
}
