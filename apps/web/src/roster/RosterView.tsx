import { asOfProblem, chineseCapital, formatQuantity, formatYuan, sumMoney } from '@huinong/benefits';
import type { RosterIssue } from '@huinong/roster';
import { ISSUE_LABELS, publicityNote } from '@huinong/roster/labels';
import { type DragEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Mixed } from '../components/clause.tsx';
import { effectiveAsOf } from '../engine.ts';
import { inLang } from '../i18n/i18n.tsx';
import { packRef, usePack, usePacks } from '../packs/packs.tsx';
import { clearLast, loadLast, saveLast } from './last-result.ts';
import { type RosterMessageKey, useRosterText } from './messages.ts';
import { resultName } from './names.ts';
import { type RosterRun, startRoster } from './runner.ts';
import type { RosterDone, RosterOutcome, RosterProgress } from './screen.ts';
import './roster.css';

/** Where the template is served (built by the app's build from `huinong template`). */
export const TEMPLATE_URL = 'huinong-roster-template.xlsx';
const ACCEPT = '.xlsx,.xlsm,.csv,.json';
const AS_OF_KEY = 'huinong:roster-as-of';
/** Publicity rows on screen before "show all" (all of them when printing). */
const PUBLICITY_PREVIEW = 50;

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: RosterProgress | null }
  | { readonly kind: 'finished'; readonly outcome: RosterOutcome; readonly restoredFrom?: string };

function where(i: RosterIssue): string {
  return i.row === null ? i.sheet : `${i.sheet}!${i.column ?? ''}${i.row}`;
}

/** Runs `f` after the next frame has been painted. */
function afterPaint(f: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') setTimeout(f, 0);
  else requestAnimationFrame(() => setTimeout(f, 0));
}

function storedAsOf(): string {
  try {
    return localStorage.getItem(AS_OF_KEY) ?? '';
  } catch {
    return '';
  }
}

/** A wide table's box: it scrolls sideways on a phone, and the keyboard can scroll it too. */
function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}

function IssuesTable({ issues, total }: { issues: readonly RosterIssue[]; total: number }) {
  const { t, pick, lang } = useRosterText();
  if (issues.length === 0) return <p>{t('roster.noIssues')}</p>;
  return (
    <>
      {total > issues.length ? (
        <p className="muted">{t('roster.issuesMore', { shown: issues.length, n: total })}</p>
      ) : null}
      <Scroll label={t('roster.issues', { n: total })}>
        <table className="roster-table" data-testid="roster-issues">
          <thead>
            <tr>
              <th scope="col">{t('roster.col.kind')}</th>
              <th scope="col">{t('roster.col.where')}</th>
              <th scope="col">{t('roster.col.header')}</th>
              <th scope="col">{t('roster.col.message')}</th>
              <th scope="col">{t('roster.col.screened')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((i, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id and never reorder
              <tr key={n} className={i.rejected ? 'rejected' : undefined}>
                <td>{pick(ISSUE_LABELS[i.kind])}</td>
                {/* the sheet, cell and header as the file writes them: its own names */}
                <td className="nowrap" data-proper-name="">
                  {where(i)}
                </td>
                <td data-proper-name="">{i.header ?? i.key ?? ''}</td>
                <td className="reason">
                  {lang === 'en' ? (
                    // the cell's own words, quoted in the message ("三亩"), marked as Chinese
                    <Mixed text={i.message.en} lang={lang} />
                  ) : (
                    <>
                      <span lang="zh-CN">{i.message.zh}</span>
                      <br />
                      <span lang="en" className="muted">
                        {i.message.en}
                      </span>
                    </>
                  )}
                </td>
                <td>{i.rejected ? t('roster.yes') : t('roster.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </>
  );
}

/** A village's rows of a printed document, with their subtotal. */
interface VillageRows<R> {
  readonly township: string;
  readonly village: string;
  readonly rows: readonly R[];
  readonly total: string;
}

type Placed = { readonly township: string; readonly village: string; readonly amount: string };

function byVillage<R extends Placed>(rows: readonly R[]): VillageRows<R>[] {
  const groups = new Map<string, { township: string; village: string; rows: R[] }>();
  for (const r of rows) {
    const key = placeKey(r);
    let g = groups.get(key);
    if (!g) {
      g = { township: r.township, village: r.village, rows: [] };
      groups.set(key, g);
    }
    g.rows.push(r);
  }
  return [...groups.values()].map((g) => ({ ...g, total: sumMoney(g.rows.map((r) => r.amount)) }));
}

const placeKey = (r: { township: string; village: string }) => `${r.township}\u0000${r.village}`;

interface PrintedColumn<R> {
  readonly head: string;
  readonly cell: (row: R) => ReactNode;
  readonly className?: string;
}

/**
 * What printing gives: one document per village, each on its own pages, with the plan it follows,
 * the date of the screen, numbered rows, the subtotal in figures and in 大写, and the blanks the
 * village and the township fill in. Hidden on screen; the tables above are the preview.
 */
export function PrintedByVillage<R extends Placed>({
  done,
  rows,
  title,
  columns,
  note,
  signatures,
  truncated,
}: {
  done: RosterDone;
  rows: readonly R[];
  title: string;
  columns: readonly PrintedColumn<R>[];
  note?: string;
  signatures: readonly string[];
  /** the rows kept in the browser stop short of the whole roster: say so on paper */
  truncated: boolean;
}) {
  const { pick } = useRosterText();
  const lists = useMemo(() => byVillage(rows), [rows]);
  return (
    <div className="print-only" data-testid="roster-print">
      {truncated ? (
        <p className="roster-warning">
          本次筛查的行数超过网页可打印的上限，以下只含前 {rows.length} 行；完整名单见下载的结果工作簿。
        </p>
      ) : null}
      {lists.map((l) => (
        <section key={placeKey(l)} className="printed-list">
          <h3>{`${l.township}${l.village}${title}`}</h3>
          <p>
            依据：{pick(done.pack.name)}；测算日期 {done.asOf}
          </p>
          <table className="roster-table">
            <thead>
              <tr>
                <th scope="col">序号</th>
                {columns.map((c) => (
                  <th key={c.head} scope="col">
                    {c.head}
                  </th>
                ))}
                <th scope="col">金额（元）</th>
              </tr>
            </thead>
            <tbody>
              {l.rows.map((r, n) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows never reorder
                <tr key={n}>
                  <td className="num">{n + 1}</td>
                  {columns.map((c) => (
                    <td key={c.head} className={c.className}>
                      {c.cell(r)}
                    </td>
                  ))}
                  <td className="num">{formatYuan(r.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={columns.length + 1}>
                  合计（大写：{chineseCapital(l.total)}）
                </th>
                <td className="num">{formatYuan(l.total)}</td>
              </tr>
            </tfoot>
          </table>
          {note ? <p className="publicity-note">{note}</p> : null}
          <p className="sign-lines">
            {signatures.map((s) => (
              <span key={s}>{s}</span>
            ))}
          </p>
        </section>
      ))}
    </div>
  );
}

type Publicity = RosterDone['publicity'][number];
type Award = RosterDone['awards'][number];

const ACCOUNT_COLUMN: PrintedColumn<Publicity> = {
  head: '银行账号',
  cell: (r) => r.bankAccount,
  className: 'nowrap',
};
const PUBLICITY_COLUMNS: readonly PrintedColumn<Publicity>[] = [
  { head: '户主/名称', cell: (r) => r.name },
  { head: '身份证号', cell: (r) => r.idNumber, className: 'nowrap' },
  ACCOUNT_COLUMN,
  { head: '补助项目', cell: (r) => r.title },
];
/** The county's default: no bank account on a 公示名单 (an account is not needed to object). */
const PUBLICITY_COLUMNS_NO_ACCOUNT = PUBLICITY_COLUMNS.filter((c) => c !== ACCOUNT_COLUMN);

const AWARD_COLUMNS: readonly PrintedColumn<Award>[] = [
  { head: '户编号', cell: (r) => r.subjectId, className: 'nowrap' },
  { head: '户主/名称', cell: (r) => r.name },
  { head: '项目/成员', cell: (r) => r.item },
  { head: '补助标准（条款）', cell: (r) => `${r.title}（${r.clause}）` },
  {
    head: '数量',
    cell: (r) => (r.quantity === null ? '' : `${r.quantity} ${r.unit}`),
    className: 'num nowrap',
  },
  {
    head: '单价/比例',
    cell: (r) =>
      r.unitAmount !== null
        ? formatYuan(r.unitAmount)
        : r.rate !== null
          ? formatQuantity(r.rate, 'rate', 'zh')
          : '',
    className: 'num nowrap',
  },
];

const STATUS_EN: Record<string, string> = {
  符合: 'eligible',
  不符合: 'not eligible',
  需补充信息: 'needs information',
  扣减: 'deduction',
};

function Results({ done, focus }: { done: RosterDone; focus: boolean }) {
  const { t, lang } = useRosterText();
  const pack = usePack();
  // the workbook's lines are in Chinese; the page names each standard from the pack, in the reader's language
  const titleOf = (id: string, title: string) => {
    const s = pack.id === done.pack.id ? pack.standards.find((x) => x.id === id) : undefined;
    return s ? (lang === 'en' ? inLang(s.title.en, lang) : s.title.zh) : inLang(title, lang);
  };
  const statusOf = (s: string) => (lang === 'en' ? (STATUS_EN[s] ?? inLang(s, lang)) : s);
  const [allPublicity, setAllPublicity] = useState(false);
  // a result kept from before the county's choice was recorded showed the account
  const showAccount = done.summary.publicity?.account === 'masked' || done.summary.publicity === undefined;
  const href = useMemo(() => URL.createObjectURL(done.workbook), [done.workbook]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const { summary } = done;
  const issueTotal = summary.issues;
  // one village at a time, for the cadre of that village (and its printed list)
  const [place, setPlace] = useState('');
  const placeId = useId();
  const shown = useMemo(() => {
    const keep = (r: { township: string; village: string }) => !place || placeKey(r) === place;
    return {
      details: done.details.filter(keep),
      publicity: done.publicity.filter(keep),
      awards: done.awards.filter(keep),
    };
  }, [done, place]);
  const publicity = allPublicity ? shown.publicity : shown.publicity.slice(0, PUBLICITY_PREVIEW);
  // which document the printer gets: the 公示名单 (to post) or the 花名册 (to sign and file). It
  // is built when printing only: a township's 20,000 rows on the page would hold up the results
  const [printing, setPrinting] = useState<'publicity' | 'awards' | null>(null);
  const print = (what: 'publicity' | 'awards') => {
    flushSync(() => setPrinting(what));
    window.print();
  };
  useEffect(() => {
    // the browser's own 打印 (Ctrl+P) prints the 公示名单: built before the browser lays it out
    const before = () => flushSync(() => setPrinting((p) => p ?? 'publicity'));
    const after = () => setPrinting(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const heads = (keys: RosterMessageKey[]) => (
    <thead>
      <tr>
        {keys.map((k) => (
          <th key={k} scope="col">
            {t(k)}
          </th>
        ))}
      </tr>
    </thead>
  );

  return (
    <section className="roster-results" aria-labelledby="roster-results-heading">
      <h3 id="roster-results-heading" ref={heading} tabIndex={-1} data-testid="roster-done">
        {t('roster.done', {
          file: done.fileName,
          subjects: summary.total.subjects,
          lines: summary.total.lines,
          total: formatYuan(summary.total.amount),
          seconds: done.seconds.toFixed(1),
        })}
      </h3>
      <p className="capital" data-testid="roster-capital">
        {t('roster.capital', { capital: '' })}
        <span lang="zh-CN">{chineseCapital(summary.total.amount)}</span>
      </p>
      <p className={done.rejected ? 'roster-warning' : 'roster-ok'} role="status">
        {done.rejected ? t('roster.rejected', { n: summary.rejectedRows }) : t('roster.clean')}
      </p>
      <p className="no-print">
        <a
          className="button primary"
          href={href}
          download={resultName(done.fileName)}
          data-testid="roster-download"
        >
          {t('roster.download')}
          {lang === 'en' ? ' (' : '（'}
          <span data-proper-name="">{resultName(done.fileName)}</span>
          {lang === 'en' ? ')' : '）'}
        </a>
      </p>
      <p className="muted no-print">{t('roster.downloadHint')}</p>

      <div className="no-print">
        <h4>{t('roster.issues', { n: issueTotal })}</h4>
        <IssuesTable issues={done.issues} total={issueTotal} />

        <h4>{t('roster.byVillage')}</h4>
        <Scroll label={t('roster.byVillage')}>
          <table className="roster-table" data-testid="roster-by-village">
            {heads([
              'roster.col.township',
              'roster.col.village',
              'roster.col.subjects',
              'roster.col.lines',
              'roster.col.amount',
            ])}
            <tbody>
              {summary.byVillage.map((v) => (
                <tr key={`${v.township}/${v.village}`}>
                  <td data-proper-name="">{v.township}</td>
                  <td data-proper-name="">{v.village}</td>
                  <td className="num">{v.subjects}</td>
                  <td className="num">{v.lines}</td>
                  <td className="num">{formatYuan(v.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('roster.total')}
                </th>
                <td className="num">{summary.total.subjects}</td>
                <td className="num">{summary.total.lines}</td>
                <td className="num">{formatYuan(summary.total.amount)}</td>
              </tr>
            </tfoot>
          </table>
        </Scroll>

        <h4>{t('roster.byStandard')}</h4>
        <Scroll label={t('roster.byStandard')}>
          <table className="roster-table" data-testid="roster-by-standard">
            {heads(['roster.col.standard', 'roster.col.clause', 'roster.col.lines', 'roster.col.amount'])}
            <tbody>
              {summary.byStandard.map((s) => (
                <tr key={s.standardId}>
                  <td>
                    {titleOf(s.standardId, s.title)}
                    <br />
                    <code className="muted">{s.standardId}</code>
                  </td>
                  <td className="nowrap">{inLang(s.clause, lang)}</td>
                  <td className="num">{s.lines}</td>
                  <td className="num">{formatYuan(s.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>

        {summary.byVillage.length > 1 ? (
          <div className="field roster-place">
            <label htmlFor={placeId}>{t('roster.place')}</label>
            <select id={placeId} value={place} onChange={(e) => setPlace(e.target.value)}>
              <option value="">{t('roster.allPlaces', { n: summary.byVillage.length })}</option>
              {summary.byVillage.map((v) => (
                <option key={placeKey(v)} value={placeKey(v)}>
                  {v.township} {v.village}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <h4>{t('roster.details')}</h4>
        {done.detailCount > done.details.length ? (
          <p className="muted">
            {t('roster.detailsMore', { shown: done.details.length, n: done.detailCount })}
          </p>
        ) : null}
        <Scroll label={t('roster.details')}>
          <table className="roster-table" data-testid="roster-details">
            {heads([
              'roster.col.subject',
              'roster.col.item',
              'roster.col.standard',
              'roster.col.quantity',
              'roster.col.amount',
              'roster.col.status',
              'roster.col.reason',
            ])}
            <tbody>
              {shown.details.map((d, n) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines never reorder
                <tr key={n}>
                  <td data-proper-name="">
                    {d.name}
                    <br />
                    <span className="muted">
                      {d.village} · {d.subjectId}
                    </span>
                  </td>
                  {lang === 'en' && d.itemEn !== undefined ? (
                    <td>
                      {d.itemPerson ? <span data-proper-name="">{d.itemPerson}</span> : null}
                      {d.itemPerson && d.itemEn ? ' ' : null}
                      {inLang(d.itemEn, lang)}
                    </td>
                  ) : (
                    <td data-proper-name="">{d.item}</td>
                  )}
                  <td>
                    {titleOf(d.standardId, d.title)}
                    <br />
                    <span className="muted">{inLang(d.clause, lang)}</span>
                  </td>
                  <td className="num nowrap">
                    {d.quantity === null
                      ? ''
                      : `${d.quantity} ${lang === 'en' && d.unitEn !== undefined ? d.unitEn : d.unit}`}
                  </td>
                  <td className="num">{formatYuan(d.amount)}</td>
                  <td>{statusOf(d.status)}</td>
                  {/* the 明细 sheet's reason is Chinese; the page's first lines carry it in English too */}
                  {lang === 'en' && d.reasonEn !== undefined ? (
                    <td className="reason">{inLang(d.reasonEn, lang)}</td>
                  ) : (
                    <td className="reason" lang="zh-CN">
                      {d.reason}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      </div>

      {printing === null ? null : printing === 'awards' ? (
        <PrintedByVillage
          done={done}
          rows={shown.awards}
          truncated={done.awards.length < done.summary.total.lines}
          title="衔接资金补助花名册"
          columns={AWARD_COLUMNS}
          signatures={[
            '制表人：________',
            '村（社区）负责人：________（盖章）',
            '镇（街道）审核：________（盖章）',
            '县级主管部门审批：________（盖章）',
            '日期：____年__月__日',
          ]}
        />
      ) : (
        <PrintedByVillage
          done={done}
          rows={shown.publicity}
          truncated={done.publicity.length < done.publicityCount}
          title="衔接资金补助公示名单"
          columns={showAccount ? PUBLICITY_COLUMNS : PUBLICITY_COLUMNS_NO_ACCOUNT}
          note={publicityNote(done.summary.mask)}
          signatures={[
            '公示期：____年__月__日至____年__月__日',
            '村（社区）委会（盖章）：____________',
            '经办人：________',
            '日期：____年__月__日',
          ]}
        />
      )}
      <div className="roster-publicity no-print">
        <h4>{t('roster.publicity')}</h4>
        <p className="no-print">
          <button type="button" className="button secondary" onClick={() => print('publicity')}>
            {t('roster.print')}
          </button>{' '}
          <button type="button" className="button secondary" onClick={() => print('awards')}>
            {t('roster.printAwards')}
          </button>
        </p>
        <Scroll label={t('roster.publicity')}>
          <table className="roster-table" data-testid="roster-publicity">
            {heads([
              'roster.col.township',
              'roster.col.village',
              'roster.col.subject',
              'roster.col.idNumber',
              ...(showAccount ? (['roster.col.account'] as const) : []),
              'roster.col.standard',
              'roster.col.amount',
            ])}
            <tbody>
              {publicity.map((p, n) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows never reorder
                <tr key={n}>
                  <td data-proper-name="">{p.township}</td>
                  <td data-proper-name="">{p.village}</td>
                  <td data-proper-name="">{p.name}</td>
                  <td className="nowrap">{p.idNumber}</td>
                  {showAccount ? <td className="nowrap">{p.bankAccount}</td> : null}
                  <td>{titleOf(p.standardId, p.title)}</td>
                  <td className="num">{formatYuan(p.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
        {!allPublicity && shown.publicity.length > PUBLICITY_PREVIEW ? (
          <button
            type="button"
            className="button small secondary no-print"
            onClick={() => setAllPublicity(true)}
          >
            {t('roster.showAll', { n: shown.publicity.length })}
          </button>
        ) : null}
        {done.publicityCount > done.publicity.length ? (
          <p className="muted">
            {t('roster.detailsMore', { shown: done.publicity.length, n: done.publicityCount })}
          </p>
        ) : null}
        {/* printed on the posted list as the county words it */}
        <p className="muted publicity-note" lang="zh-CN">
          {publicityNote(summary.mask)}
        </p>
      </div>
    </section>
  );
}

/**
 * 名册筛查: a roster file in, screened in this browser (a worker thread), the results on screen
 * and as a workbook to download. The date of the screen is kept on this device.
 */
export function RosterView({ focusHeading = false }: { focusHeading?: boolean }) {
  // another pack is another screen: its own date, nothing of the other pack's run
  return <PackRoster key={usePack().id} focusHeading={focusHeading} />;
}

function PackRoster({ focusHeading }: { focusHeading: boolean }) {
  const { t, lang, pick } = useRosterText();
  const { current } = usePacks();
  const pack = usePack();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  const ids = { asOf: useId(), file: useId(), asOfHint: useId(), fileHint: useId() };
  const [asOf, setAsOf] = useState(() => {
    const kept = storedAsOf();
    return kept && !asOfProblem(pack, kept) ? kept : effectiveAsOf(pack, { asOf: '' });
  });
  const [files, setFiles] = useState<File[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const run = useRef<RosterRun | null>(null);
  useEffect(() => () => run.current?.cancel(), []);
  // the last screen, kept on this device, comes back after a reload
  useEffect(() => {
    let live = true;
    loadLast().then((saved) => {
      if (live && saved)
        setStatus((s) =>
          s.kind === 'idle' ? { kind: 'finished', outcome: saved, restoredFrom: saved.savedAt } : s,
        );
    });
    return () => {
      live = false;
    };
  }, []);
  const forget = () => {
    void clearLast();
    setStatus({ kind: 'idle' });
  };

  const start = (chosen: File[], date: string) => {
    if (chosen.length === 0) return;
    run.current?.cancel();
    setFiles(chosen);
    setStatus({ kind: 'running', progress: null });
    const r = startRoster({ files: chosen, asOf: date, pack: packRef(current) }, (progress) =>
      setStatus((s) => (s.kind === 'running' ? { kind: 'running', progress } : s)),
    );
    run.current = r;
    r.outcome.then((outcome) => {
      if (run.current !== r) return;
      run.current = null;
      setStatus({ kind: 'finished', outcome });
      // kept once the results are on screen: IndexedDB copies the whole result before it returns
      if (outcome.ok) afterPaint(() => void saveLast(outcome));
    });
  };

  const changeAsOf = (value: string) => {
    setAsOf(value);
    try {
      localStorage.setItem(AS_OF_KEY, value);
    } catch {
      // private mode: the date is not kept, the screen works all the same
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    start([...e.dataTransfer.files], asOf);
  };

  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const outside = validDate ? asOfProblem(pack, asOf) : null;
  const screenedAsOf = status.kind === 'finished' && status.outcome.ok ? status.outcome.asOf : null;
  const progress = status.kind === 'running' ? status.progress : null;

  return (
    <section className="roster" aria-labelledby="roster-heading">
      <h2 id="roster-heading" ref={heading} tabIndex={-1}>
        {t('roster.title')}
      </h2>
      <p>{t('roster.intro')}</p>
      <p className="roster-private">
        <strong>{t('roster.private')}</strong>
      </p>
      <p className="no-print">
        <a href={TEMPLATE_URL} download="惠农-名册模板.xlsx">
          {t('roster.template')}
        </a>
        <br />
        <span className="muted">{t('roster.templateHint')}</span>
      </p>

      <div className="roster-form no-print">
        <div className="field">
          <label htmlFor={ids.asOf}>{t('roster.asOf')}</label>
          <input
            id={ids.asOf}
            type="date"
            value={asOf}
            min={pack.dates.from}
            max={pack.dates.to}
            aria-describedby={ids.asOfHint}
            aria-invalid={outside ? true : undefined}
            onChange={(e) => changeAsOf(e.target.value)}
          />
          <p id={ids.asOfHint} className="hint">
            {t('roster.asOfHint')}
          </p>
          {outside ? (
            <p className="error" role="alert">
              {pick(outside)}
            </p>
          ) : null}
        </div>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone wraps a labelled file input */}
        <div
          className={`field drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={ids.file}>{t('roster.file')}</label>
          {/* the browser's own button speaks the browser's language: ours speaks the app's */}
          <input
            id={ids.file}
            className="file-input"
            type="file"
            accept={ACCEPT}
            multiple
            disabled={!validDate || outside !== null}
            aria-describedby={ids.fileHint}
            onChange={(e) => {
              start([...(e.target.files ?? [])], asOf);
              // choosing the same file again screens it again
              e.target.value = '';
            }}
          />
          <label htmlFor={ids.file} className="file-button" aria-hidden="true">
            <span className="button secondary">{t('roster.choose')}</span>
            <span className="file-names">
              {files.length > 0 ? files.map((f) => f.name).join('、') : t('roster.noFile')}
            </span>
          </label>
          <p id={ids.fileHint} className="hint">
            {t('roster.fileHint')}
          </p>
        </div>
        {screenedAsOf && screenedAsOf !== asOf && validDate ? (
          <button type="button" className="button secondary" onClick={() => start(files, asOf)}>
            {t('roster.again')}
          </button>
        ) : null}
      </div>

      {status.kind === 'running' ? (
        <div className="roster-progress no-print" role="status" aria-live="polite">
          <p>
            {t(`roster.phase.${progress?.phase ?? 'reading'}`)}
            {progress?.fraction != null ? ` ${Math.round(progress.fraction * 100)}%` : '…'}
          </p>
          <progress
            aria-label={t('roster.progress')}
            max={1}
            {...(progress?.fraction != null ? { value: progress.fraction } : {})}
          />
          <button
            type="button"
            className="button small secondary"
            onClick={() => {
              run.current?.cancel();
              run.current = null;
              setStatus({ kind: 'idle' });
            }}
          >
            {t('roster.cancel')}
          </button>
        </div>
      ) : null}

      {status.kind === 'finished' && !status.outcome.ok ? (
        <div className="roster-error" role="alert" data-testid="roster-error">
          <p>
            <strong>{t('roster.failed')}</strong>
          </p>
          <p lang="zh-CN">{status.outcome.error.zh}</p>
          <p lang="en">{status.outcome.error.en}</p>
        </div>
      ) : null}

      {status.kind === 'finished' && status.outcome.ok ? (
        <>
          <div className="roster-kept no-print">
            <p className="muted" role="status">
              {status.restoredFrom
                ? t('roster.restored', {
                    time: new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    }).format(new Date(status.restoredFrom)),
                  })
                : t('roster.kept')}
            </p>
            <button type="button" className="button small secondary" onClick={forget}>
              {t('roster.forget')}
            </button>
          </div>
          <Results done={status.outcome} focus={!status.restoredFrom} />
        </>
      ) : null}
    </section>
  );
}
