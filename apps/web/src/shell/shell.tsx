import { type ReactNode, useEffect, useState } from 'react';
import { type Lang, useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { PackErrors, PackPicker } from '../packs/PackPicker.tsx';
import { usePacks } from '../packs/packs.tsx';

// the frame every page shares — on the first visit's path: no engine, no pack, no view here

const STEP_LABELS: Record<string, MessageKey> = {
  applicant: 'step.applicant',
  category: 'step.category',
  activities: 'step.activities',
  projects: 'step.projects',
  details: 'step.details',
  members: 'step.members',
  review: 'step.review',
  results: 'step.results',
};

function stepsFor(kind: string | null): string[] {
  return kind === 'household'
    ? ['applicant', 'category', 'activities', 'details', 'members', 'review', 'results']
    : kind
      ? ['applicant', 'projects', 'details', 'review', 'results']
      : ['applicant'];
}

/** The wizard's steps, the current one marked. */
export function Progress({ step, kind }: { step: string; kind: string | null }) {
  const { t } = useI18n();
  const steps = stepsFor(kind);
  const current = step === 'notEligible' ? 'category' : step === 'worksheet' ? 'results' : step;
  const at = steps.indexOf(current);
  return (
    <nav className="progress no-print" aria-label={t('step.nav')}>
      <ol>
        {steps.map((s, i) => (
          <li
            key={s}
            className={i < at ? 'done' : i === at ? 'current' : ''}
            aria-current={i === at ? 'step' : undefined}
          >
            <span className="progress-n" aria-hidden="true">
              {i + 1}
            </span>
            <span className="progress-label">{t(STEP_LABELS[s] ?? 'step.applicant')}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  const option = (l: Lang, label: string) => (
    <button
      type="button"
      className={`lang${lang === l ? ' lang-on' : ''}`}
      aria-pressed={lang === l}
      lang={l === 'zh' ? 'zh-CN' : 'en'}
      data-proper-name={l === 'zh' ? '' : undefined}
      onClick={() => setLang(l)}
    >
      {label}
    </button>
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      {option('zh', '中文')}
      {option('en', 'English')}
    </div>
  );
}

/** 重新开始, armed by a first press and carried out by a second within 5 s. */
export function ResetButton({ onReset }: { onReset(): void }) {
  const { t } = useI18n();
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const timer = setTimeout(() => setArmed(false), 5000);
    return () => clearTimeout(timer);
  }, [armed]);
  return (
    <button
      type="button"
      className="button small secondary"
      onClick={() => {
        if (armed) {
          setArmed(false);
          onReset();
        } else setArmed(true);
      }}
    >
      {t(armed ? 'nav.resetConfirm' : 'nav.reset')}
    </button>
  );
}

/** The skip link and the header every view shares: the name, the language, and the view's own tools. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header no-print">
        <h1 className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-sub">{t('app.tagline')}</span>
        </h1>
        <div className="header-tools">
          <PackPicker />
          <LangSwitch />
          {children}
        </div>
      </header>
      <PackErrors />
    </>
  );
}

/** The wizard's footer: the plan the screen is made under. */
export function WizardFooter() {
  const { t, pick, lang } = useI18n();
  const { current } = usePacks();
  const pack = current.pack;
  return (
    <footer className="app-footer no-print">
      <p>
        {t('app.basis')}
        {pick(pack.name)}
        {lang === 'zh' ? `（${pack.published}）` : ` (${pack.published})`}
        {current.source === 'file' ? t('pack.fromFile', { file: current.fileName ?? pack.id }) : null}
      </p>
      <p className="muted">{t('app.offline')}</p>
    </footer>
  );
}
