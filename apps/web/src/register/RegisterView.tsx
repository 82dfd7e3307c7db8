/**
 * 台账 (`#/register`, a case at `#/register/ID`): the cases saved from the calculator or imported
 * from roster workbooks, kept in this browser (IndexedDB); listed by village with status, amount
 * and last change; searched by name, ID digits or village; exported as a roster workbook and
 * merged from several (by 身份证号, never duplicated); the settings of the procedure; the lists
 * and forms each step needs, frozen with their hash and checked against the register later.
 */
import { formatYuan, type PolicyPack, type Text } from '@huinong/benefits';
import {
  APPROVAL_COLUMNS,
  COUNTY_PUBLICITY_MIN_DAYS,
  type Column,
  EVENT_LABELS,
  type FrozenList,
  freezeFromRegister,
  freezeList,
  LEVEL_LABELS,
  type Level,
  type ListCheck,
  type ListOptionsInput,
  listRegister,
  listRows,
  type MergeResult,
  mergeRegisters,
  milestones,
  PUBLICITY_COLUMNS,
  PublicitySettings,
  paymentList,
  publicityDays,
  type RegisterCase,
  searchRegister,
  verifyList,
  villageSummaries,
} from '@huinong/register';
import { RosterFileError } from '@huinong/roster';
import { Fragment, type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { effectiveAsOf, today } from '../engine.ts';
import { useLoadedPack, usePacks } from '../packs/packs.tsx';
import { storageKey } from '../wizard/storage-key.ts';
import { download, frozenListBlob, importWorkbook, paymentWorkbook, readFrozenList } from './books.ts';
import { CasePage } from './CasePage.tsx';
import { AcceptanceForm, ApplicationForm, ApprovalForm, ListDoc } from './documents.tsx';
import { useRegisterMessages } from './messages.ts';
import { COUNTY_DOC, Name, named, rich } from './rich.tsx';
import { type ExportedCase, registerWorkbook } from './roster-book.ts';
import { type RegisterSettings, serialOf } from './settings.ts';
import {
  deleteCase,
  linkCase,
  listCases,
  loadSettings,
  putCase,
  replaceCases,
  type StoredCase,
  saveSettings,
} from './store.ts';
import './register.css';

/** The case a `#/register/ID` hash names, or null for the list. This is a pure function. */
export function caseOfHash(hash: string): string | null {
  const m = /^#\/register\/(.+)$/.exec(hash);
  return m ? decodeURIComponent(m[1] as string) : null;
}

export function caseHref(id: string): string {
  return `#/register/${encodeURIComponent(id)}`;
}

function useHashCase(): string | null {
  const [id, setId] = useState(() => caseOfHash(window.location.hash));
  useEffect(() => {
    const on = () => {
      if (window.location.hash.startsWith('#/register')) setId(caseOfHash(window.location.hash));
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return id;
}

type Doc =
  | { readonly kind: 'application' | 'acceptance' | 'approval'; readonly id: string }
  | {
      readonly kind: 'list';
      readonly list: FrozenList;
      readonly columns: readonly Column[];
      readonly place: string;
    };

export function RegisterView({ focusHeading = false }: { focusHeading?: boolean }) {
  const { t, lang } = useRegisterMessages();
  const { current, choose } = usePacks();
  const pack = useLoadedPack(current.pack.id);
  const [cases, setCases] = useState<StoredCase[] | null>(null);
  const [settings, setSettings] = useState<RegisterSettings | null>(null);
  const [notice, setNotice] = useState<{ readonly deleted: string } | null>(null);
  const caseId = useHashCase();
  // a form or list open over the page: it belongs to the case (or the list) it was opened from
  const [opened, setOpened] = useState<{ readonly at: string | null; readonly doc: Doc } | null>(null);
  const doc = opened && opened.at === caseId ? opened.doc : null;
  const setDoc = useCallback((d: Doc | null) => setOpened(d ? { at: caseId, doc: d } : null), [caseId]);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    Promise.all([listCases(), loadSettings()]).then(([c, s]) => {
      if (!live) return;
      setCases(c);
      setSettings(s);
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (focusHeading && caseId === null) heading.current?.focus();
  }, [focusHeading, caseId]);

  const save = useCallback(async (next: StoredCase) => {
    await putCase(next);
    setCases((prev) => [...(prev ?? []).filter((c) => c.id !== next.id), next]);
  }, []);
  const updateSettings = useCallback((next: RegisterSettings) => {
    setSettings(next);
    void saveSettings(next);
  }, []);

  if (cases === null || settings === null) return <p className="loading">{t('register.loading')}</p>;

  const packName = pack?.name.zh ?? current.pack.name.zh;
  if (doc) {
    const stored = doc.kind === 'list' ? null : cases.find((c) => c.id === doc.id);
    let body: ReactNode = null;
    if (doc.kind === 'list')
      body = (
        <ListDoc
          list={doc.list}
          columns={doc.columns}
          place={doc.place}
          packName={packName}
          preparer={settings.preparer}
        />
      );
    else if (stored) {
      const props = { stored, settings, packName };
      body =
        doc.kind === 'application' ? (
          <ApplicationForm {...props} />
        ) : doc.kind === 'acceptance' ? (
          <AcceptanceForm {...props} />
        ) : (
          <ApprovalForm {...props} />
        );
    }
    return (
      <div className="register-doc">
        <div className="worksheet-tools no-print">
          <button type="button" className="button secondary" onClick={() => setDoc(null)}>
            {t('docs.back')}
          </button>
          <button type="button" className="button primary" onClick={() => window.print()}>
            {t('docs.print')}
          </button>
          {doc.kind === 'list' ? (
            <button
              type="button"
              className="button secondary"
              onClick={() =>
                download(
                  frozenListBlob(doc.list),
                  `${doc.place}${doc.list.meta.title.zh}-${doc.list.meta.date}.json`,
                )
              }
            >
              {t('docs.saveJson')}
            </button>
          ) : null}
        </div>
        {body}
      </div>
    );
  }

  if (caseId !== null) {
    const stored = cases.find((c) => c.id === caseId);
    if (!stored)
      return (
        <section className="register">
          <p className="callout callout-error">{t('case.notFound')}</p>
          <p>
            <a href="#/register">{t('case.back')}</a>
          </p>
        </section>
      );
    return (
      <CaseWithPack
        stored={stored}
        settings={settings}
        focusHeading={focusHeading}
        onSave={save}
        onSettings={updateSettings}
        onDelete={async () => {
          await deleteCase(stored.id);
          setCases((prev) => (prev ?? []).filter((c) => c.id !== stored.id));
          setNotice({ deleted: stored.case.applicant.name });
          window.location.hash = '#/register';
        }}
        onOpenWizard={() => {
          try {
            localStorage.setItem(
              storageKey(stored.case.pack.id),
              JSON.stringify({ step: 'results', draft: stored.draft }),
            );
          } catch {
            // storage refused: the wizard opens empty
          }
          linkCase(stored.case.pack.id, stored.id);
          if (current.pack.id !== stored.case.pack.id) choose(stored.case.pack.id);
          window.location.hash = '#/';
        }}
        onDoc={(kind) => setDoc({ kind, id: stored.id })}
      />
    );
  }

  return (
    <section className="register" aria-labelledby="register-heading">
      <h2 id="register-heading" tabIndex={-1} ref={heading}>
        {t('register.title')}
      </h2>
      <p className="muted">{t('register.intro')}</p>
      {notice ? (
        <p className="callout callout-ok" role="status">
          {named(lang, t('case.deleted'), { name: notice.deleted })}
        </p>
      ) : null}
      <RegisterList cases={cases} />
      <ImportExport
        cases={cases}
        pack={pack}
        settings={settings}
        onMerged={async (next, s) => {
          await replaceCases(next);
          setCases(next);
          updateSettings(s);
        }}
      />
      <SettingsPanel settings={settings} onSave={updateSettings} />
      {pack ? (
        <DocsPanel
          cases={cases.map((c) => c.case).filter((c) => c.pack.id === pack.id)}
          pack={pack}
          settings={settings}
          onDoc={setDoc}
        />
      ) : null}
    </section>
  );
}

function CaseWithPack(props: Omit<Parameters<typeof CasePage>[0], 'pack'>) {
  const pack = useLoadedPack(props.stored.case.pack.id);
  return <CasePage {...props} pack={pack} />;
}

/** The list by village: a search, then each village's cases with status, amount and last change. */
function RegisterList({ cases }: { cases: readonly StoredCase[] }) {
  const { t, pick, lang } = useRegisterMessages();
  const [query, setQuery] = useState('');
  const ids = useId();
  const all = useMemo(() => cases.map((c) => c.case), [cases]);
  const found = useMemo(() => searchRegister(all, query), [all, query]);
  const serials = useMemo(() => new Map(cases.map((c) => [c.id, c.serial])), [cases]);
  if (cases.length === 0) return <p className="callout">{t('register.empty')}</p>;
  const groups = villageSummaries(found);
  return (
    <div className="register-list">
      <label className="register-search">
        {t('register.search')}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <p className="muted" role="status">
        {t('register.found', { n: found.length })}
      </p>
      {groups.map((g, i) => {
        const place = [g.township, g.village].filter(Boolean).join(' ') || '—';
        const rows = listRegister(found, { township: g.township, village: g.village });
        return (
          <section
            key={`${g.township}/${g.village}`}
            className="register-village"
            aria-labelledby={`${ids}-${i}`}
          >
            <h3 id={`${ids}-${i}`}>
              {named(lang, t('register.village', { n: g.cases, total: formatYuan(g.total) }), { place })}
            </h3>
            <table className="register-table">
              <thead>
                <tr>
                  <th scope="col">{t('register.col.name')}</th>
                  <th scope="col">{t('register.col.status')}</th>
                  <th scope="col">{t('register.col.amount')}</th>
                  <th scope="col">{t('register.col.last')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <a href={caseHref(r.id)} data-proper-name="">
                        {r.name || '—'}
                      </a>
                      {serials.get(r.id) ? <span className="muted"> {serials.get(r.id)}</span> : null}
                    </th>
                    <td>{pick(r.status)}</td>
                    <td className="num">{formatYuan(r.amount)}</td>
                    <td>
                      {r.lastChange.date}{' '}
                      {r.lastChange.event ? pick(EVENT_LABELS[r.lastChange.event]) : t('register.applied')}
                      {r.lastChange.name ? (
                        <>
                          {lang === 'en' ? ' (' : '（'}
                          <Name>{r.lastChange.name}</Name>
                          {lang === 'en' ? ')' : '）'}
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}

/** The cases merged with the imported ones (by 身份证号), kept records' answers and serials kept. */
export function mergeImported(
  kept: readonly StoredCase[],
  imported: readonly { source: string; cases: readonly ExportedCase[] }[],
  settings: RegisterSettings,
): { merged: MergeResult; cases: StoredCase[]; settings: RegisterSettings } {
  const merged = mergeRegisters([
    { source: '本机', cases: kept.map((c) => c.case) },
    ...imported.map((f) => ({ source: f.source, cases: f.cases.map((c) => c.case) })),
  ]);
  const byId = new Map(kept.map((c) => [c.id, c]));
  const fromImport = new Map<string, ExportedCase>();
  for (const f of imported) for (const c of f.cases) fromImport.set(c.case.id, c);
  let next = settings.nextSerial;
  const cases = merged.cases.map((c): StoredCase => {
    const mine = byId.get(c.id);
    if (mine) return { ...mine, case: c };
    const from = fromImport.get(c.id);
    const serial = from?.serial || serialOf(c.asOf.slice(0, 4), next++);
    return { id: c.id, case: c, serial, ...(from?.draft ? { draft: from.draft } : {}) };
  });
  return { merged, cases, settings: { ...settings, nextSerial: next } };
}

function ImportExport({
  cases,
  pack,
  settings,
  onMerged,
}: {
  cases: readonly StoredCase[];
  pack: PolicyPack | null;
  settings: RegisterSettings;
  onMerged(cases: StoredCase[], settings: RegisterSettings): Promise<void>;
}) {
  const { t, pick, lang } = useRegisterMessages();
  const [report, setReport] = useState<{
    files: string[];
    added: number;
    dup: number;
    total: number;
    restored: boolean;
    renamed: number;
    conflicts: Text[];
    problems: Text[];
  } | null>(null);
  const [error, setError] = useState<Text | null>(null);
  const [busy, setBusy] = useState(false);
  const exportable = pack ? cases.filter((c) => c.case.pack.id === pack.id) : [];

  const onFiles = async (files: readonly File[]) => {
    if (!pack || files.length === 0) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const at = new Date().toISOString();
      const asOf = effectiveAsOf(pack, { asOf: '' });
      const imported = [];
      const problems: Text[] = [];
      let restored = true;
      for (const f of files) {
        const r = await importWorkbook(f, pack, asOf, at);
        imported.push({ source: f.name, cases: r.cases });
        problems.push(...r.problems);
        restored &&= r.restored;
      }
      const { merged, cases: next, settings: s } = mergeImported(cases, imported, settings);
      await onMerged(next, s);
      setReport({
        files: files.map((f) => f.name),
        added: next.length - cases.length,
        dup: merged.duplicates.reduce((n, d) => n + d.dropped.length, 0),
        total: next.length,
        restored,
        renamed: merged.renamed.length,
        conflicts: merged.conflicts.map((c) => c.message),
        problems,
      });
    } catch (e) {
      setError(
        e instanceof RosterFileError
          ? e.text
          : { zh: `导入未能完成：${(e as Error).message}`, en: `the import failed: ${(e as Error).message}` },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="register-files no-print" aria-label={t('register.export')}>
      <p>
        <button
          type="button"
          className="button secondary"
          disabled={!pack || exportable.length === 0}
          onClick={async () => {
            if (!pack) return;
            const blob = await registerWorkbook(
              exportable.map((c) => ({
                case: c.case,
                serial: c.serial,
                ...(c.draft ? { draft: c.draft } : {}),
              })),
              pack,
              new Date().toISOString(),
            );
            download(blob, `惠农台账-${pack.id}-${today()}.xlsx`);
          }}
        >
          {t('register.export')}
        </button>
      </p>
      <p className="muted">{t('register.exportHint')}</p>
      <label className="register-import">
        {t('register.import')}
        <input
          type="file"
          accept=".xlsx"
          multiple
          disabled={!pack || busy}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void onFiles(files);
          }}
        />
      </label>
      {report ? (
        <div className="callout callout-ok" role="status">
          <p>
            {rich(t('register.imported', { added: report.added, dup: report.dup, total: report.total }), {
              file: report.files.map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two files may share a name
                <Fragment key={i}>
                  {i > 0 ? (lang === 'en' ? ', ' : '、') : ''}
                  <Name>{f}</Name>
                </Fragment>
              )),
            })}
            {report.restored ? '' : t('register.importScreened')}
            {report.renamed ? t('register.renamed', { n: report.renamed }) : ''}
          </p>
          {report.conflicts.length ? (
            <>
              <p>{t('register.conflicts')}</p>
              <ul>
                {report.conflicts.map((c) => (
                  <li key={c.zh}>{pick(c)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {report.problems.length ? (
            <>
              <p>{t('register.problems')}</p>
              <ul>
                {report.problems.slice(0, 50).map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: messages may repeat
                  <li key={i}>{pick(p)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p className="callout callout-error" role="alert">
          {t('register.importFailed')}
          {lang === 'en' ? ': ' : '：'}
          {pick(error)}
        </p>
      ) : null}
    </section>
  );
}

function SettingsPanel({
  settings,
  onSave,
}: {
  settings: RegisterSettings;
  onSave(s: RegisterSettings): void;
}) {
  const { t, lang } = useRegisterMessages();
  const [form, setForm] = useState({
    villageDays: String(settings.publicity.villageDays),
    townshipDays: String(settings.publicity.townshipDays),
    countyDays: String(settings.publicity.countyDays),
    idShown: settings.disclosure.idNumber.show,
    accountShown: settings.disclosure.account.show,
    preparer: settings.preparer,
  });
  const [message, setMessage] = useState<{ ok: boolean; text: ReactNode } | null>(null);
  const days = (key: 'villageDays' | 'townshipDays' | 'countyDays', label: string, min: number) => (
    <label>
      {label}
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={90}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </label>
  );
  const shownSelect = (key: 'idShown' | 'accountShown', label: string) => (
    <label>
      {label}
      <select
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value as 'masked' | 'full' })}
      >
        <option value="masked">{t('settings.masked')}</option>
        <option value="full">{t('settings.full')}</option>
      </select>
    </label>
  );
  return (
    <details className="register-settings no-print">
      <summary>{t('settings.title')}</summary>
      <p>{rich(t('settings.county'), { doc: COUNTY_DOC })}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const p = PublicitySettings.safeParse({
            villageDays: Number(form.villageDays),
            townshipDays: Number(form.townshipDays),
            countyDays: Number(form.countyDays),
          });
          if (!p.success) {
            setMessage({ ok: false, text: daysProblems(form, t, lang === 'en' ? '; ' : '；') });
            return;
          }
          onSave({
            ...settings,
            publicity: p.data,
            disclosure: {
              idNumber: { ...settings.disclosure.idNumber, show: form.idShown },
              account: { ...settings.disclosure.account, show: form.accountShown },
            },
            preparer: form.preparer.trim(),
          });
          setMessage({ ok: true, text: t('settings.saved') });
        }}
      >
        <div className="case-step-fields">
          {days('villageDays', t('settings.villageDays'), 1)}
          {days('townshipDays', t('settings.townshipDays'), 1)}
          {days('countyDays', t('settings.countyDays'), 10)}
          {shownSelect('idShown', t('settings.idShown'))}
          {shownSelect('accountShown', t('settings.accountShown'))}
          <label>
            {t('settings.preparer')}
            <input
              type="text"
              value={form.preparer}
              onChange={(e) => setForm({ ...form, preparer: e.target.value })}
            />
          </label>
        </div>
        <p className="muted">{t('settings.publicityMasked')}</p>
        <button type="submit" className="button secondary">
          {t('settings.save')}
        </button>
        {message ? (
          <p
            className={`callout ${message.ok ? 'callout-ok' : 'callout-error'}`}
            role={message.ok ? 'status' : 'alert'}
          >
            {message.text}
          </p>
        ) : null}
      </form>
    </details>
  );
}

const DAYS_FIELDS = [
  { key: 'villageDays', label: 'settings.villageDays', min: 1 },
  { key: 'townshipDays', label: 'settings.townshipDays', min: 1 },
  { key: 'countyDays', label: 'settings.countyDays', min: COUNTY_PUBLICITY_MIN_DAYS },
] as const;

/** What is wrong with the days entered, field by field, in the reader's language. */
function daysProblems(
  form: Readonly<Record<(typeof DAYS_FIELDS)[number]['key'], string>>,
  t: ReturnType<typeof useRegisterMessages>['t'],
  sep: string,
): ReactNode {
  const max = 90;
  const out: ReactNode[] = [];
  for (const f of DAYS_FIELDS) {
    const n = Number(form[f.key]);
    if (form[f.key].trim() !== '' && Number.isInteger(n) && n >= f.min && n <= max) continue;
    out.push(
      f.key === 'countyDays' && Number.isInteger(n) && n < f.min
        ? rich(t('settings.countyMin', { min: f.min }), { doc: COUNTY_DOC })
        : t('settings.days', { field: t(f.label), min: f.min, max }),
    );
  }
  return out.map((p, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the fields in their fixed order
    <Fragment key={i}>
      {i > 0 ? sep : ''}
      {p}
    </Fragment>
  ));
}

const LEVELS: readonly Level[] = ['village', 'township', 'county'];

/**
 * The days the log says the cases of a 公示名单 had it posted (after a 复核, the day it was posted
 * again), oldest first, each once. This is a pure function.
 */
export function postedDays(
  cases: readonly RegisterCase[],
  options: ListOptionsInput & { level: Level },
): string[] {
  const listed = new Set(listRows('publicity', cases, options).map((r) => r.key));
  const days = new Set<string>();
  for (const c of cases) {
    if (!listed.has(c.id)) continue;
    const day = milestones(c)[options.level].posted;
    if (day !== null) days.add(day);
  }
  return [...days].sort();
}

/** The lists of a village: its 公示名单 of a level, its 审批表, its 发放清册; and a list checked. */
function DocsPanel({
  cases,
  pack,
  settings,
  onDoc,
}: {
  cases: readonly RegisterCase[];
  pack: PolicyPack;
  settings: RegisterSettings;
  onDoc(doc: Doc): void;
}) {
  const { t, pick, lang } = useRegisterMessages();
  const villages = villageSummaries(cases);
  const [place, setPlace] = useState(0);
  const [level, setLevel] = useState<Level>('village');
  // the date entered; until one is, the day the log says this village's list was posted (or today)
  const [entered, setEntered] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string; check?: ListCheck } | null>(null);
  const v = villages[Math.min(place, villages.length - 1)];
  if (!v) return null;
  const name = [v.township, v.village].filter(Boolean).join(' ');
  const options = {
    pack: { id: pack.id, version: pack.version },
    township: v.township,
    village: v.village,
    disclosure: settings.disclosure,
  };
  const posted = postedDays(cases, { ...options, level });
  const logged = posted.at(-1) ?? null;
  const date = entered ?? logged ?? today();
  return (
    <section className="register-docs no-print" aria-labelledby="docs-heading">
      <h3 id="docs-heading">{t('docs.title')}</h3>
      <div className="case-step-fields">
        <label>
          {t('docs.place')}
          <select
            value={place}
            onChange={(e) => {
              setPlace(Number(e.target.value));
              setEntered(null);
            }}
          >
            {villages.map((x, i) => (
              <option key={`${x.township}/${x.village}`} value={i} data-proper-name="">
                {[x.township, x.village].filter(Boolean).join(' ') || '—'}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('docs.level')}
          <select
            value={level}
            onChange={(e) => {
              setLevel(e.target.value as Level);
              setEntered(null);
            }}
          >
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {pick(LEVEL_LABELS[l])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('docs.posted')}
          <input type="date" value={date} onChange={(e) => setEntered(e.target.value)} />
        </label>
      </div>
      {logged !== null && date === logged ? (
        <p className="muted" data-testid="docs-posted">
          {t('docs.postedLogged', { date: logged })}
          {posted.length > 1
            ? t('docs.postedSeveral', { dates: posted.join(lang === 'en' ? ', ' : '、') })
            : ''}
        </p>
      ) : null}
      <div className="case-step-actions">
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            onDoc({
              kind: 'list',
              list: freezeFromRegister('publicity', cases, {
                ...options,
                level,
                date,
                days: publicityDays(settings.publicity, level),
              }),
              columns: PUBLICITY_COLUMNS,
              place: name,
            })
          }
        >
          {t('docs.publicity')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            onDoc({
              kind: 'list',
              list: freezeFromRegister('approval', cases, { ...options, date }),
              columns: APPROVAL_COLUMNS,
              place: name,
            })
          }
        >
          {t('docs.approval')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={async () => {
            const list = paymentList(cases, options);
            if (list.rows.length === 0) {
              setMessage({ ok: false, text: t('docs.paymentEmpty') });
              return;
            }
            const frozen = freezeList('payment', list.rows, { ...options, date });
            const blob = await paymentWorkbook(list, frozen, {
              place: name,
              packName: pack.name.zh,
              preparer: settings.preparer,
            });
            download(blob, `${name}-一卡通发放清册-${date}.xlsx`);
            setMessage(null);
          }}
        >
          {t('docs.payment')}
        </button>
      </div>
      <label className="register-import">
        {t('docs.verify')}
        <input
          type="file"
          accept=".json,.xlsx"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (!f) return;
            try {
              const list = await readFrozenList(f);
              const check = verifyList(list, cases);
              setMessage({ ok: check.intact && check.matches, text: pick(check.message), check });
            } catch (err) {
              setMessage({
                ok: false,
                text: err instanceof RosterFileError ? pick(err.text) : (err as Error).message,
              });
            }
          }}
        />
      </label>
      {message ? (
        <div
          className={`callout ${message.ok ? 'callout-ok' : 'callout-error'}`}
          role={message.ok ? 'status' : 'alert'}
        >
          <p>{message.text}</p>
          {message.check?.changed.length ? (
            <ul>
              {message.check.changed.map((c) => (
                <li key={c.key}>
                  {c.name}：{c.fields.map((f) => `${f.field} ${f.was} → ${f.now}`).join('；')}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
