import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import type { DraftError } from '../engine.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { type MessageKey, messages } from '../i18n/messages.ts';
import type { ApplicantKind, Draft } from '../wizard/draft.ts';
import type { WizardEvent } from '../wizard/wizard.machine.ts';
import { Choice } from './choice.tsx';
import { fieldFocusPending } from './fields.tsx';

// on the first visit's path (the first step is shown before the engine loads): no engine here

type Send = (event: WizardEvent) => void;

export interface StepProps {
  readonly draft: Draft;
  readonly send: Send;
  readonly errors: readonly DraftError[];
  /** values to check before paying (the pack's plausible limits), shown at their fields */
  readonly warnings?: readonly DraftError[];
}

/** Whether the person has moved between steps (then each new step's heading takes the focus). */
export const StepFocus = createContext(false);

/** A step: its heading takes the focus when it opens, so screen readers hear where they are. */
export function StepFrame({
  title,
  intro,
  children,
  actions,
}: {
  title: string;
  intro?: ReactNode;
  children?: ReactNode;
  actions: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useContext(StepFocus);
  useEffect(() => {
    // not on the first paint of a visit: only when the person moves between steps
    if (moved && !fieldFocusPending()) heading.current?.focus();
  }, [moved]);
  return (
    <section className="step" aria-labelledby="step-heading">
      <h2 id="step-heading" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {intro ? <div className="intro">{intro}</div> : null}
      {children}
      <div className="step-actions">{actions}</div>
    </section>
  );
}

export function NavButtons({
  send,
  back = true,
  next,
  nextLabel,
  nextDisabledReason,
  onNext,
  blocked,
}: {
  send: Send;
  back?: boolean;
  next?: boolean;
  nextLabel?: MessageKey;
  nextDisabledReason?: string | null;
  /** what 下一步 does instead of moving on (a step that checks its fields first) */
  onNext?: () => void;
  /** why 下一步 did not move on, said beside it (after it was pressed) */
  blocked?: string | null;
}) {
  const { t } = useI18n();
  return (
    <>
      {back ? (
        <button type="button" className="button secondary" onClick={() => send({ type: 'nav.back' })}>
          {t('nav.back')}
        </button>
      ) : null}
      {next !== false ? (
        <button
          type="button"
          className="button primary"
          disabled={Boolean(nextDisabledReason)}
          aria-describedby={nextDisabledReason ? 'next-disabled-reason' : undefined}
          onClick={onNext ?? (() => send({ type: 'nav.next' }))}
        >
          {t(nextLabel ?? 'nav.next')}
        </button>
      ) : null}
      {blocked ? (
        <p className="error step-blocked" role="alert">
          {blocked}
        </p>
      ) : null}
      {nextDisabledReason ? (
        <p className="hint" id="next-disabled-reason">
          {nextDisabledReason}
        </p>
      ) : null}
    </>
  );
}

const KIND_HINTS: Record<ApplicantKind, MessageKey> = {
  household: 'applicant.householdHint',
  collective: 'applicant.collectiveHint',
  operator: 'applicant.operatorHint',
};

export function StepApplicant({ draft, send }: StepProps) {
  const { t } = useI18n();
  return (
    <StepFrame
      title={t('applicant.title')}
      actions={
        <NavButtons send={send} back={false} nextDisabledReason={draft.kind ? null : t('applicant.choose')} />
      }
    >
      <Choice<ApplicantKind>
        legend={t('applicant.legend')}
        name="kind"
        value={draft.kind}
        options={(['household', 'collective', 'operator'] as const).map((k) => ({
          value: k,
          label: { zh: messageZh(`kind.${k}`), en: messageEn(`kind.${k}`) },
          hint: { zh: messageZh(KIND_HINTS[k]), en: messageEn(KIND_HINTS[k]) },
        }))}
        onChange={(kind) => send({ type: 'applicant.selected', kind })}
      />
    </StepFrame>
  );
}

// the choice hints are messages; these read them in both languages for a bilingual option
function messageZh(key: MessageKey): string {
  return messages[key].zh;
}
function messageEn(key: MessageKey): string {
  return messages[key].en;
}
