import { formatYuan } from '@huinong/benefits';
import { useActorRef, useSelector } from '@xstate/react';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { StepMembers } from './components/members.tsx';
import {
  StepActivities,
  StepApplicant,
  StepCategory,
  StepDetails,
  StepFocus,
  StepNotEligible,
  StepProjects,
  StepReview,
} from './components/steps.tsx';
import { effectiveAsOf, screenDraft } from './engine.ts';
import { useView, type View, ViewNav } from './funds/ViewNav.tsx';
import { I18nProvider, type Lang, useI18n } from './i18n/i18n.tsx';
import type { MessageKey } from './i18n/messages.ts';
import { PackErrors, PackPicker } from './packs/PackPicker.tsx';
import { PacksProvider, usePack, usePacks } from './packs/packs.tsx';
import { ResultsPanel } from './results/ResultsPanel.tsx';
import { loadSnapshot, saveSnapshot } from './wizard/persistence.ts';
import { type WizardEvent, type WizardState, wizardMachineFor } from './wizard/wizard.machine.ts';

// the worksheet (print view) is loaded only when it is opened
const Worksheet = lazy(() => import('./worksheet/Worksheet.tsx').then((m) => ({ default: m.Worksheet })));
// so are the fund views: the wizard's first visit does not carry the allocation table or the checker
const AllocationView = lazy(() =>
  import('./funds/AllocationView.tsx').then((m) => ({ default: m.AllocationView })),
);
const PlanCheckView = lazy(() =>
  import('./funds/PlanCheckView.tsx').then((m) => ({ default: m.PlanCheckView })),
);
// and the roster screen, whose engine runs in a worker of its own
const RosterView = lazy(() => import('./roster/RosterView.tsx').then((m) => ({ default: m.RosterView })));
// 补助标准 (rule pages) and 项目估算: they carry the engine's example and estimate code
const RulesView = lazy(() => import('./rules/RulesView.tsx').then((m) => ({ default: m.RulesView })));
const ProjectsView = lazy(() =>
  import('./projects/ProjectsView.tsx').then((m) => ({ default: m.ProjectsView })),
);

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

function Progress({ step, kind }: { step: WizardState; kind: string | null }) {
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

function ResetButton({ onReset }: { onReset(): void }) {
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
function AppHeader({ children }: { children?: ReactNode }) {
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

/** The wizard of the chosen pack; a new pack is a new wizard, with that pack's own draft. */
export function Wizard() {
  const pack = usePack();
  return <PackWizard key={pack.id} />;
}

/** The wizard, its results as they are typed, and the worksheet. The draft survives a reload. */
function PackWizard() {
  const { t, pick, lang } = useI18n();
  const { pack, current } = usePacks();
  const machine = wizardMachineFor(pack);
  const restored = useMemo(() => loadSnapshot(pack, machine), [pack, machine]);
  const actor = useActorRef(machine, restored ? { snapshot: restored } : {});
  useEffect(() => {
    const sub = actor.subscribe((snapshot) => saveSnapshot(pack.id, snapshot));
    return () => sub.unsubscribe();
  }, [actor, pack.id]);
  const step = useSelector(actor, (s) => s.value as WizardState);
  const draft = useSelector(actor, (s) => s.context);
  const [moved, setMoved] = useState(false);
  const send = useCallback(
    (event: WizardEvent) => {
      if (event.type === 'answer.changed') performance.mark('huinong:input');
      if (event.type.startsWith('nav.') || event.type === 'draft.reset') setMoved(true);
      actor.send(event);
    },
    [actor],
  );
  const { check, result, subject, asOfProblem } = useMemo(() => screenDraft(pack, draft), [pack, draft]);
  const errors = check.ok ? [] : check.errors;
  const asOf = effectiveAsOf(pack, draft);
  const props = { draft, send, errors };

  if (step === 'worksheet') {
    return (
      <Suspense fallback={<p className="loading">{t('worksheet.loading')}</p>}>
        <Worksheet
          draft={draft}
          result={result}
          subject={subject}
          onBack={() => send({ type: 'nav.back' })}
        />
      </Suspense>
    );
  }

  const aside = ['activities', 'projects', 'details', 'members', 'review'].includes(step);
  let body: ReactNode;
  switch (step) {
    case 'applicant':
      body = <StepApplicant {...props} />;
      break;
    case 'category':
      body = <StepCategory {...props} />;
      break;
    case 'notEligible':
      body = <StepNotEligible {...props} />;
      break;
    case 'activities':
      body = <StepActivities {...props} />;
      break;
    case 'projects':
      body = <StepProjects {...props} />;
      break;
    case 'details':
      body = <StepDetails {...props} />;
      break;
    case 'members':
      body = <StepMembers {...props} />;
      break;
    case 'review':
      body = <StepReview {...props} asOf={asOf} asOfProblem={asOfProblem} />;
      break;
    case 'results':
      body = (
        <section className="step" aria-labelledby="results-heading">
          <ResultsPanel
            result={result}
            subject={subject}
            errors={errors}
            asOfProblem={asOfProblem}
            focusHeading={moved}
          />
          <div className="step-actions">
            <button type="button" className="button secondary" onClick={() => send({ type: 'nav.back' })}>
              {t('nav.back')}
            </button>
            <button
              type="button"
              className="button primary"
              onClick={() => send({ type: 'worksheet.opened' })}
            >
              {t('results.openWorksheet')}
            </button>
          </div>
        </section>
      );
      break;
  }

  return (
    <div className="app">
      <AppHeader>
        <ResetButton onReset={() => send({ type: 'draft.reset' })} />
      </AppHeader>
      <ViewNav current="household" />
      <Progress step={step} kind={draft.kind} />
      <main id="main" className={aside ? 'layout layout-split' : 'layout'}>
        <div className="form-col">
          <StepFocus.Provider value={moved}>{body}</StepFocus.Provider>
        </div>
        {aside ? (
          <aside className="results-col" aria-label={t('results.heading')}>
            <ResultsPanel result={result} subject={subject} errors={errors} asOfProblem={asOfProblem} />
          </aside>
        ) : null}
        {/* inside main so that it sits in a landmark (fixed to the bottom of the screen all the same) */}
        {aside && result ? (
          <a className="total-bar no-print" href="#results-heading">
            <span>{t('results.total')}</span> <strong>{formatYuan(result.total)}</strong>
          </a>
        ) : null}
      </main>
      <footer className="app-footer no-print">
        <p>
          {t('app.basis')}
          {pick(pack.name)}
          {lang === 'zh' ? `（${pack.document.published}）` : ` (${pack.document.published})`}
          {current.source === 'file' ? t('pack.fromFile', { file: current.fileName ?? pack.id }) : null}
        </p>
        <p className="muted">{t('app.offline')}</p>
      </footer>
    </div>
  );
}

/** 名册筛查, 资金分配 and 方案核对: the same header and view links as the wizard, the view loaded on demand. */
function ViewPage({ view, moved }: { view: Exclude<View, 'household'>; moved: boolean }) {
  const { t } = useI18n();
  return (
    <div className="app">
      <AppHeader />
      <ViewNav current={view} />
      <main id="main" tabIndex={-1} className="layout">
        <Suspense fallback={<p className="loading">{t('view.loading')}</p>}>
          {view === 'roster' ? (
            <RosterView focusHeading={moved} />
          ) : view === 'allocation' ? (
            <AllocationView focusHeading={moved} />
          ) : view === 'rules' ? (
            <RulesView focusHeading={moved} />
          ) : view === 'projects' ? (
            <ProjectsView focusHeading={moved} />
          ) : (
            <PlanCheckView focusHeading={moved} />
          )}
        </Suspense>
      </main>
      <footer className="app-footer no-print">
        <p className="muted">{t('app.offline')}</p>
      </footer>
    </div>
  );
}

function PackLoading() {
  const { t } = useI18n();
  return <p className="loading">{t('pack.loading')}</p>;
}

function Views() {
  const { view, moved } = useView();
  useEffect(() => {
    // the wizard has no view heading to take the focus: give it back to the link just followed
    if (moved && view === 'household')
      document.querySelector<HTMLElement>('.views [aria-current="page"]')?.focus();
  }, [view, moved]);
  return view === 'household' ? <Wizard /> : <ViewPage view={view} moved={moved} />;
}

export function App({ lang }: { lang?: Lang }) {
  return (
    <I18nProvider {...(lang ? { initial: lang } : {})}>
      <PacksProvider loading={<PackLoading />}>
        <Views />
      </PacksProvider>
    </I18nProvider>
  );
}
