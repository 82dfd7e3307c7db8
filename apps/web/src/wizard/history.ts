import { useEffect, useRef } from 'react';
import { viewOfHash } from '../funds/ViewNav.tsx';
import type { WizardEvent, WizardState } from './wizard.machine.ts';

/** What a history entry of the wizard holds: its step and its place in the visit's sequence. */
interface StepEntry {
  readonly huinongStep: string;
  readonly huinongSeq: number;
}

function seqOf(state: unknown): number {
  const s = (state as Partial<StepEntry> | null)?.huinongSeq;
  return typeof s === 'number' ? s : 0;
}

/**
 * One browser history entry per wizard step, so that the browser's Back button goes to the
 * previous step (and Forward to the next) instead of leaving the app. Each step the wizard moves
 * to is pushed (same address, the view's hash kept); a popped entry earlier than the current one
 * is `nav.back`, a later one `nav.next`. Popping to another view (`#/roster`) is that view's.
 */
export function useStepHistory(
  step: WizardState,
  send: (e: WizardEvent) => void,
  can: (e: WizardEvent) => boolean,
): void {
  const seq = useRef(seqOf(typeof window === 'undefined' ? null : window.history.state));
  const popped = useRef(false);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      // the entry the wizard opened on is this step's
      first.current = false;
      const entry: StepEntry = { huinongStep: step, huinongSeq: seq.current };
      window.history.replaceState({ ...window.history.state, ...entry }, '');
      return;
    }
    if (popped.current) {
      popped.current = false;
      return;
    }
    seq.current += 1;
    const entry: StepEntry = { huinongStep: step, huinongSeq: seq.current };
    window.history.pushState(entry, '');
  }, [step]);

  useEffect(() => {
    const onPop = (e: PopStateEvent) => {
      if (viewOfHash(window.location.hash) !== 'household') return;
      const to = seqOf(e.state);
      if (to === seq.current) return;
      const event: WizardEvent = { type: to < seq.current ? 'nav.back' : 'nav.next' };
      seq.current = to;
      if (!can(event)) return;
      popped.current = true;
      send(event);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [send, can]);
}
