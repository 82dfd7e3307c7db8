/**
 * One case of the register: its status, amount and log; the next steps the chosen role can take
 * (dated, signed, with a note), refused at once with the machine's reason; the applicant's
 * particulars to edit; re-screen, open in the calculator, delete (confirmed); its forms to print.
 */
import { formatYuan, type PolicyPack, screen, type Text } from '@huinong/benefits';
import { lprSeries } from '@huinong/policy-data';
import {
  advance,
  EVENT_LABELS,
  type EventType,
  EventType as EventTypes,
  LEVEL_LABELS,
  type Level,
  publicityDays,
  publicityPeriod,
  type RegisterCase,
  ROLE_LABELS,
  type Role,
  rescreen,
  statusOf,
} from '@huinong/register';
import { useEffect, useId, useRef, useState } from 'react';
import { today } from '../engine.ts';
import { LogTable } from './documents.tsx';
import { useRegisterMessages } from './messages.ts';
import { Name, named } from './rich.tsx';
import type { RegisterSettings } from './settings.ts';
import type { StoredCase } from './store.ts';

/** The roles that take steps on the register (a cadre enters the application for the applicant). */
const ROLES: readonly Role[] = ['village', 'township', 'county'];

/** The steps a role can take now: those the machine would not refuse as "not now" or "not yours". */
export function stepsFor(c: RegisterCase, role: Role, settings: RegisterSettings): EventType[] {
  return EventTypes.options.filter((type) => {
    const r = advance(c, { type, date: '9999-12-31', role, name: '·' }, settings.publicity);
    return r.ok || !['not-now', 'wrong-role', 'invalid-event', 'invalid-settings'].includes(r.reason.code);
  });
}

function levelOfState(state: string): Level | null {
  if (state.startsWith('village-publicity')) return 'village';
  if (state.startsWith('township-publicity')) return 'township';
  if (state.startsWith('county-publicity')) return 'county';
  return null;
}

export function CasePage({
  stored,
  settings,
  pack,
  focusHeading,
  onSave,
  onSettings,
  onDelete,
  onOpenWizard,
  onDoc,
}: {
  stored: StoredCase;
  settings: RegisterSettings;
  /** the case's pack, loaded (null while it loads or when it is not on this device) */
  pack: PolicyPack | null;
  focusHeading: boolean;
  onSave(next: StoredCase): Promise<void>;
  onSettings(next: RegisterSettings): void;
  onDelete(): Promise<void>;
  onOpenWizard(): void;
  onDoc(kind: 'application' | 'acceptance' | 'approval'): void;
}) {
  const { t, pick, lang } = useRegisterMessages();
  const c = stored.case;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  const [role, setRole] = useState<Role>('village');
  const [date, setDate] = useState(today);
  const [name, setName] = useState(settings.names.village ?? '');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const ids = useId();
  const steps = stepsFor(c, role, settings);
  const level = levelOfState(c.lifecycle.state);
  // the period runs while the list is up; during a 复核 it waits, and restarts when it is posted again
  const period =
    level && c.lifecycle.state.endsWith('.open') && c.lifecycle.openedOn
      ? publicityPeriod(c.lifecycle.openedOn, publicityDays(settings.publicity, level))
      : null;
  const rechecking = level !== null && c.lifecycle.state.endsWith('.recheck');

  const take = async (type: EventType) => {
    const r = advance(c, { type, date, role, name, note }, settings.publicity, new Date().toISOString());
    if (!r.ok) {
      setMessage({ ok: false, text: `${t('step.refused')}${pick(r.reason)}` });
      return;
    }
    await onSave({ ...stored, case: r.case });
    if (settings.names[role] !== name.trim())
      onSettings({ ...settings, names: { ...settings.names, [role]: name.trim() } });
    setNote('');
    setMessage({ ok: true, text: t('step.done', { step: pick(EVENT_LABELS[type]) }) });
  };

  const doRescreen = async () => {
    if (!pack) {
      setMessage({ ok: false, text: t('case.packMissing', { pack: c.pack.id }) });
      return;
    }
    const result = screen(c.subject, { pack, asOf: c.asOf, lpr: lprSeries });
    const r = rescreen(c, result, {
      at: new Date().toISOString(),
      pack: { id: pack.id, version: pack.version },
    });
    if (!r.ok) {
      setMessage({ ok: false, text: pick(r.reason) });
      return;
    }
    await onSave({ ...stored, case: r.case });
    setMessage({ ok: true, text: t('case.rescreened', { total: formatYuan(r.case.screening.total) }) });
  };

  return (
    <section className="register-case" aria-labelledby="case-heading">
      <p className="no-print">
        <a href="#/register">{t('case.back')}</a>
      </p>
      <h2 id="case-heading" tabIndex={-1} ref={heading} data-proper-name="">
        {c.applicant.name || c.subject.name || '—'}
      </h2>
      <dl className="case-facts">
        <div>
          <dt>{t('case.status')}</dt>
          <dd data-testid="case-status">{pick(statusOf(c))}</dd>
        </div>
        <div>
          <dt>{t('case.amount')}</dt>
          <dd data-testid="case-amount">{formatYuan(c.screening.total)}</dd>
        </div>
        <div>
          <dt>{t('case.place')}</dt>
          <dd>
            <Name>{[c.township, c.village].filter(Boolean).join(' ') || '—'}</Name>
          </dd>
        </div>
        <div>
          <dt>{t('case.serial')}</dt>
          <dd>{stored.serial || '—'}</dd>
        </div>
        <div>
          <dt>{t('case.pack')}</dt>
          <dd>
            {c.pack.id} v{c.pack.version}
          </dd>
        </div>
      </dl>

      {message ? (
        <p
          className={`callout ${message.ok ? 'callout-ok' : 'callout-error'}`}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      ) : null}

      <section className="case-step" aria-labelledby={`${ids}-step`}>
        <h3 id={`${ids}-step`}>{t('step.title')}</h3>
        <div className="case-step-fields">
          <label>
            {t('step.role')}
            <select
              value={role}
              onChange={(e) => {
                const r = e.target.value as Role;
                setRole(r);
                setName(settings.names[r] ?? '');
              }}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {pick(ROLE_LABELS[r])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('step.date')}
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label>
            {t('step.name')}
            <input type="text" value={name} autoComplete="name" onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            {t('step.note')}
            <input type="text" value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
        </div>
        {period && level ? (
          <p className="case-period" data-testid="case-period">
            {t('step.period', {
              level: pick(LEVEL_LABELS[level]),
              days: period.days,
              posted: period.posted,
              from: period.from,
              to: period.to,
              close: period.earliestClose,
            })}
          </p>
        ) : null}
        {rechecking && level ? (
          <p className="case-period" data-testid="case-period">
            {t('step.recheck', { level: pick(LEVEL_LABELS[level]) })}
          </p>
        ) : null}
        {steps.length === 0 ? <p className="muted">{t('step.none')}</p> : null}
        <div className="case-step-actions">
          {steps.map((type) => (
            <button key={type} type="button" className="button primary" onClick={() => void take(type)}>
              {pick(EVENT_LABELS[type])}
            </button>
          ))}
        </div>
      </section>

      <LogTable c={c} />

      <section className="case-docs no-print" aria-label={t('case.docs')}>
        <h3>{t('case.docs')}</h3>
        <div className="case-step-actions">
          <button type="button" className="button secondary" onClick={() => onDoc('application')}>
            {t('case.application')}
          </button>
          <button type="button" className="button secondary" onClick={() => onDoc('acceptance')}>
            {t('case.acceptance')}
          </button>
          <button type="button" className="button secondary" onClick={() => onDoc('approval')}>
            {t('case.approval')}
          </button>
        </div>
      </section>

      <EditApplicant stored={stored} onSave={onSave} />

      <div className="case-step-actions no-print">
        {stored.draft ? (
          <button type="button" className="button secondary" onClick={onOpenWizard}>
            {t('case.openWizard')}
          </button>
        ) : (
          <span className="muted">{t('case.noDraft')}</span>
        )}
        <button type="button" className="button secondary" onClick={() => void doRescreen()}>
          {t('case.rescreen')}
        </button>
        {confirming ? (
          <span className="confirm" role="alert">
            <span>{named(lang, t('case.deleteConfirm'), { name: c.applicant.name })}</span>{' '}
            <button type="button" className="button danger" onClick={() => void onDelete()}>
              {t('case.deleteYes')}
            </button>{' '}
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              {t('case.deleteNo')}
            </button>
          </span>
        ) : (
          <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
            {t('case.delete')}
          </button>
        )}
      </div>
    </section>
  );
}

/** The applicant's name, 身份证号, 一卡通 account and place, as the register keeps them. */
function EditApplicant({ stored, onSave }: { stored: StoredCase; onSave(next: StoredCase): Promise<void> }) {
  const { t } = useRegisterMessages();
  const c = stored.case;
  const [form, setForm] = useState({
    name: c.applicant.name,
    idNumber: c.applicant.idNumber ?? '',
    account: c.account ?? '',
    township: c.township,
    village: c.village,
  });
  const [saved, setSaved] = useState<Text | null>(null);
  const field = (key: keyof typeof form, label: string) => (
    <label>
      {label}
      <input
        type="text"
        value={form[key]}
        inputMode={key === 'account' ? 'numeric' : undefined}
        onChange={(e) => {
          setSaved(null);
          setForm({ ...form, [key]: e.target.value });
        }}
      />
    </label>
  );
  return (
    <details className="case-edit no-print">
      <summary>{t('case.edit')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const idNumber = form.idNumber.replace(/\s+/g, '').toUpperCase();
          const account = form.account.replace(/\s+/g, '');
          const { account: _old, ...rest } = c;
          void onSave({
            ...stored,
            case: {
              ...rest,
              applicant: { name: form.name.trim(), ...(idNumber ? { idNumber } : {}) },
              ...(account ? { account } : {}),
              township: form.township.trim(),
              village: form.village.trim(),
              updatedAt: new Date().toISOString(),
            },
          }).then(() => setSaved({ zh: '', en: '' }));
        }}
      >
        <div className="case-step-fields">
          {field('name', t('case.name'))}
          {field('idNumber', t('case.idNumber'))}
          {field('account', t('case.account'))}
          {field('township', t('case.township'))}
          {field('village', t('case.village'))}
        </div>
        <button type="submit" className="button secondary">
          {t('case.saveEdit')}
        </button>
        {saved ? <span role="status"> {t('case.saved')}</span> : null}
      </form>
    </details>
  );
}
