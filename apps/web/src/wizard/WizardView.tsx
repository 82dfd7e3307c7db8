import { formatYuan } from '@huinong/benefits';
import { useActorRef, useSelector } from '@xstate/react';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { StepMembers } from '../components/members.tsx';
import {
  StepActivities,
  StepApplicant,
  StepCategory,
  StepFocus,
  StepNotEligible,
  StepProjects,
  StepReview,
} from '../components/steps.tsx';
import { effectiveAsOf, numberedResult, screenDraft } from '../engine.ts';
import { ViewNav } from '../funds/ViewNav.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { usePack } from '../packs/packs.tsx';
import { ResultsPanel } from '../results/ResultsPanel.tsx';
import { AppHeader, Progress, ResetButton, WizardFooter } from '../shell/shell.tsx';
import type { ApplicantKind } from './draft.ts';
import { useStepHistory } from './history.ts';
import { loadSnapshot, saveSnapshot } from './persistence.ts';
import { StepDetails } from './StepDetails.tsx';
import { type WizardEvent, type WizardState, wizardMachineFor } from './wizard.machine.ts';

// the worksheet (print view) is loaded only when it is opened
const Worksheet = lazy(() => import('../worksheet/Worksheet.tsx').then((m) => ({ default: m.Worksheet })));
// 保存到台账 carries the register (IndexedDB, its schemas): loaded with the results step
const SaveToRegister = lazy(() =>
  import('../register/SaveToRegister.tsx').then((m) => ({ default: m.SaveToRegister })),
);

/**
 * The wizard of the chosen pack, its results as they are typed, and the worksheet. The draft
 * survives a reload. `start` is the first step's answer when it was given before this view had
 * loaded (the first visit shows that step on its own): it is applied, and the wizard moves on.
 */
export function WizardView({ start }: { start?: ApplicantKind | null }) {
  const { t } = useI18n();
  const pack = usePack();
  const machine = wizardMachineFor(pack);
  const restored = useMemo(() => loadSnapshot(pack, machine), [pack, machine]);
  const actor = useActorRef(machine, restored ? { snapshot: restored } : {});
  const started = useRef(false);
  useEffect(() => {
    const sub = actor.subscribe((snapshot) => saveSnapshot(pack.id, snapshot));
    return () => sub.unsubscribe();
  }, [actor, pack.id]);
  const step = useSelector(actor, (s) => s.value as WizardState);
  const draft = useSelector(actor, (s) => s.context);
  const [moved, setMoved] = useState(Boolean(start));
  useEffect(() => {
    if (!start || started.current) return;
    started.current = true;
    actor.send({ type: 'applicant.selected', kind: start });
    actor.send({ type: 'nav.next' });
  }, [actor, start]);
  const send = useCallback(
    (event: WizardEvent) => {
      if (event.type === 'answer.changed') performance.mark('huinong:input');
      if (event.type.startsWith('nav.') || event.type === 'draft.reset') setMoved(true);
      actor.send(event);
    },
    [actor],
  );
  const can = useCallback((event: WizardEvent) => actor.getSnapshot().can(event), [actor]);
  useStepHistory(step, send, can);
  const { check, result, subject, asOfProblem, warnings } = useMemo(
    () => screenDraft(pack, draft),
    [pack, draft],
  );
  // the page's lines: two batches of one activity numbered as on the details step
  const shown = useMemo(() => (result ? numberedResult(result, check.input) : null), [result, check.input]);
  const errors = check.ok ? [] : check.errors;
  const asOf = effectiveAsOf(pack, draft);
  const props = { draft, send, errors, warnings };

  if (step === 'worksheet') {
    return (
      <Suspense fallback={<p className="loading">{t('worksheet.loading')}</p>}>
        <Worksheet draft={draft} result={shown} subject={subject} onBack={() => send({ type: 'nav.back' })} />
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
            result={shown}
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
          <Suspense fallback={null}>
            <SaveToRegister pack={pack} draft={draft} subject={subject} result={result} />
          </Suspense>
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
            <ResultsPanel result={shown} subject={subject} errors={errors} asOfProblem={asOfProblem} />
          </aside>
        ) : null}
        {/* inside main so that it sits in a landmark (fixed to the bottom of the screen all the same) */}
        {aside && result ? (
          <a className="total-bar no-print" href="#results-heading">
            <span>{t('results.total')}</span> <strong>{formatYuan(result.total)}</strong>
          </a>
        ) : null}
      </main>
      <WizardFooter />
    </div>
  );
}
