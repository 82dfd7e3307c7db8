import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { StepApplicant, StepFocus } from './components/step-frame.tsx';
import { useView, type View, ViewNav } from './funds/ViewNav.tsx';
import { I18nProvider, type Lang, useI18n } from './i18n/i18n.tsx';
import { PackGate, PacksProvider, preloadPack, usePacks } from './packs/packs.tsx';
import { AppHeader, Progress, ResetButton, WizardFooter } from './shell/shell.tsx';
import type { ApplicantKind } from './wizard/draft.ts';
import { EMPTY_DRAFT } from './wizard/empty-draft.ts';
import { forgetStored, storedStep, storeKind } from './wizard/storage-key.ts';

// The first visit loads this module, the header and the wizard's first step only. The wizard
// itself (the engine, the chosen pack) is loaded when the first step is answered, or at once
// when a draft is kept on this device; every other view is loaded when it is opened.
let wizardModule: typeof import('./wizard/WizardView.tsx') | null = null;
/** Loads the wizard (once); when it has come in, the next step opens without a loading frame. */
export const loadWizard = () =>
  import('./wizard/WizardView.tsx').then((m) => {
    wizardModule = m;
    return m;
  });
const LazyWizardView = lazy(() => loadWizard().then((m) => ({ default: m.WizardView })));
// the fund views: the wizard's first visit does not carry the allocation table or the checker
const AllocationView = lazy(() =>
  import('./funds/AllocationView.tsx').then((m) => ({ default: m.AllocationView })),
);
const PlanCheckView = lazy(() =>
  import('./funds/PlanCheckView.tsx').then((m) => ({ default: m.PlanCheckView })),
);
// and the roster screen, whose engine runs in a worker of its own
const RosterView = lazy(() => import('./roster/RosterView.tsx').then((m) => ({ default: m.RosterView })));
// 台账: the register on this device, its lifecycle and its lists
const RegisterView = lazy(() =>
  import('./register/RegisterView.tsx').then((m) => ({ default: m.RegisterView })),
);
// 补助标准 (rule pages) and 项目估算: they carry the engine's example and estimate code
const RulesView = lazy(() => import('./rules/RulesView.tsx').then((m) => ({ default: m.RulesView })));
const ProjectsView = lazy(() =>
  import('./projects/ProjectsView.tsx').then((m) => ({ default: m.ProjectsView })),
);

const KINDS: readonly string[] = ['household', 'collective', 'operator'];

/** The wizard of the chosen pack; a new pack is a new wizard, with that pack's own draft. */
export function Wizard() {
  const { current } = usePacks();
  return <PackWizard key={current.pack.id} packId={current.pack.id} />;
}

function WizardLoading() {
  const { t } = useI18n();
  return <p className="loading">{t('pack.loading')}</p>;
}

/**
 * The wizard's first step, shown before the wizard has loaded; a kept draft past that step, or
 * the first step answered, opens the wizard itself.
 */
function PackWizard({ packId }: { packId: string }) {
  const saved = useMemo(() => storedStep(packId), [packId]);
  const [kind, setKind] = useState<ApplicantKind | null>(
    saved?.kind && KINDS.includes(saved.kind) ? (saved.kind as ApplicantKind) : null,
  );
  const [start, setStart] = useState<ApplicantKind | null>(null);
  const [moved, setMoved] = useState(false);
  if ((saved && saved.step !== 'applicant') || start) {
    const Loaded = wizardModule?.WizardView;
    const loading = (
      <div className="app">
        <AppHeader />
        <main id="main" className="layout">
          <WizardLoading />
        </main>
      </div>
    );
    return (
      <Suspense fallback={loading}>
        <PackGate fallback={loading}>
          {Loaded ? <Loaded start={start} /> : <LazyWizardView start={start} />}
        </PackGate>
      </Suspense>
    );
  }
  return (
    <div className="app">
      <AppHeader>
        <ResetButton
          onReset={() => {
            forgetStored(packId);
            setKind(null);
            setMoved(true);
          }}
        />
      </AppHeader>
      <ViewNav current="household" />
      <Progress step="applicant" kind={kind} />
      <main id="main" className="layout">
        <div className="form-col">
          <StepFocus.Provider value={moved}>
            <StepApplicant
              draft={{ ...EMPTY_DRAFT, kind }}
              errors={[]}
              send={(e) => {
                if (e.type === 'applicant.selected') {
                  setKind(e.kind);
                  storeKind(packId, e.kind, EMPTY_DRAFT);
                  // start loading what the next step needs while the person reads on
                  loadWizard();
                  preloadPack(packId);
                } else if (e.type === 'nav.next' && kind) setStart(kind);
              }}
            />
          </StepFocus.Provider>
        </div>
      </main>
      <WizardFooter />
    </div>
  );
}

/** 名册筛查, 资金分配 and 方案核对: the same header and view links as the wizard, the view loaded on demand. */
function ViewPage({ view, moved }: { view: Exclude<View, 'household'>; moved: boolean }) {
  const { t } = useI18n();
  const loading = <p className="loading">{t('view.loading')}</p>;
  return (
    <div className="app">
      <AppHeader />
      <ViewNav current={view} />
      <main id="main" tabIndex={-1} className="layout">
        <Suspense fallback={loading}>
          <PackGate fallback={loading}>
            {view === 'roster' ? (
              <RosterView focusHeading={moved} />
            ) : view === 'register' ? (
              <RegisterView focusHeading={moved} />
            ) : view === 'allocation' ? (
              <AllocationView focusHeading={moved} />
            ) : view === 'rules' ? (
              <RulesView focusHeading={moved} />
            ) : view === 'projects' ? (
              <ProjectsView focusHeading={moved} />
            ) : (
              <PlanCheckView focusHeading={moved} />
            )}
          </PackGate>
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
