import { asOfProblem, type PolicyPack } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import { assign, setup } from 'xstate';
import { effectiveAsOf, errorsOfStep, offerFor, validateDraft } from '../engine.ts';
import {
  type ApplicantKind,
  type Category,
  chosenItems,
  type Draft,
  EMPTY_DRAFT,
  type ItemGroup,
  instancesOf,
  type MonitoredType,
  nextInstanceKey,
  type OperatorType,
} from './draft.ts';

/** The steps a person can be sent back to from the review. */
export type Step = 'applicant' | 'category' | 'activities' | 'projects' | 'details' | 'members' | 'review';

export type ProfileField = 'name' | 'township' | 'village' | 'asOf';

export type WizardEvent =
  | { type: 'applicant.selected'; kind: ApplicantKind }
  | { type: 'category.selected'; category: Category }
  | { type: 'monitoredType.selected'; monitoredType: MonitoredType }
  | { type: 'operatorType.selected'; operatorType: OperatorType | null }
  | { type: 'item.toggled'; group: ItemGroup; itemType: string; on: boolean }
  | { type: 'otherActivities.toggled'; on: boolean }
  | { type: 'answer.changed'; key: string; value: string }
  /** another instance of a repeatable activity or project (a second batch of cattle) */
  | { type: 'instance.added'; itemType: string }
  | { type: 'instance.removed'; itemType: string; key: string }
  | { type: 'member.added' }
  | { type: 'member.removed'; memberId: string }
  | { type: 'member.section.toggled'; memberId: string; section: string; on: boolean }
  | { type: 'profile.changed'; field: ProfileField; value: string }
  | { type: 'nav.next' }
  | { type: 'nav.back' }
  | { type: 'nav.goto'; step: Step }
  | { type: 'worksheet.opened' }
  | { type: 'draft.reset' };

export interface WizardInput {
  /** a draft to start from (a test's, or one restored from storage) */
  readonly draft?: Draft;
}

const toggle = (list: readonly string[], item: string, on: boolean) =>
  on ? (list.includes(item) ? list : [...list, item]) : list.filter((i) => i !== item);

/**
 * The eligibility wizard for one policy pack: who is applying → (households) category → what
 * they do → only the questions that can change the result → review → results → worksheet.
 * Answers live in the context and are never dropped on the way back or forward; only
 * `draft.reset` clears them. The pack decides which activities are offered and what is valid.
 */
export function createWizardMachine(pack: PolicyPack) {
  const repeatable = new Set(pack.inputs.activities.filter((a) => a.repeatable).map((a) => a.type));
  return setup({
    types: {
      context: {} as Draft,
      events: {} as WizardEvent,
      input: {} as WizardInput | undefined,
    },
    guards: {
      applicantChosen: ({ context }) => context.kind !== null,
      applicantIs: ({ context }, params: { kind: ApplicantKind }) => context.kind === params.kind,
      categoryIs: ({ context }, params: { category: Category }) => context.category === params.category,
      /** 监测对象 also need their sub-type (脱贫不稳定户 / 边缘易致贫户 / 突发严重困难户) */
      categoryComplete: ({ context }) =>
        context.category !== null && (context.category !== 'monitored' || context.monitoredType !== null),
      hasItems: ({ context }) => chosenItems(context, offerFor(pack, context)).length > 0,
      /** 脱贫户 and 监测对象 are asked about their members (五(一)1–2, 五(三)); others are not */
      asksMembers: ({ context }) =>
        context.kind === 'household' &&
        (context.category === 'poverty-alleviated' || context.category === 'monitored'),
      /** the pack accepts the draft (validateSubject) and decides its as-of date */
      subjectValid: ({ context }) =>
        validateDraft(pack, context).ok && asOfProblem(pack, effectiveAsOf(pack, context)) === null,
      /** an answer asked on this step is invalid: 下一步 stays (the step shows each error at its field) */
      stepHasErrors: ({ context }, params: { step: Step }) => {
        const v = validateDraft(pack, context);
        return !v.ok && errorsOfStep(v.errors, params.step, context.kind).length > 0;
      },
      stepIs: ({ event }, params: { step: Step }) => event.type === 'nav.goto' && event.step === params.step,
      /** only an activity the pack declares repeatable has a second instance (the schema refuses others) */
      repeatable: ({ event }) => event.type === 'instance.added' && repeatable.has(event.itemType),
      /** the last instance goes with its type's box on the activities step, not here */
      notLastInstance: ({ context, event }) =>
        event.type === 'instance.removed' &&
        instancesOf(context, event.itemType).length > 1 &&
        instancesOf(context, event.itemType).includes(event.key),
    },
    actions: {
      selectApplicant: assign(({ event }) =>
        event.type === 'applicant.selected' ? { kind: event.kind } : {},
      ),
      selectCategory: assign(({ event }) =>
        event.type === 'category.selected' ? { category: event.category } : {},
      ),
      selectMonitoredType: assign(({ event }) =>
        event.type === 'monitoredType.selected' ? { monitoredType: event.monitoredType } : {},
      ),
      selectOperatorType: assign(({ event }) =>
        event.type === 'operatorType.selected' ? { operatorType: event.operatorType } : {},
      ),
      toggleItem: assign(({ context, event }) => {
        if (event.type !== 'item.toggled') return {};
        const key =
          event.group === 'activity' ? 'activities' : event.group === 'project' ? 'projects' : 'links';
        return { [key]: toggle(context[key], event.itemType, event.on) };
      }),
      toggleOtherActivities: assign(({ event }) =>
        event.type === 'otherActivities.toggled' ? { otherActivities: event.on } : {},
      ),
      recordAnswer: assign(({ context, event }) =>
        event.type === 'answer.changed' ? { answers: { ...context.answers, [event.key]: event.value } } : {},
      ),
      addInstance: assign(({ context, event }) => {
        if (event.type !== 'instance.added') return {};
        const key = nextInstanceKey(context, event.itemType);
        return {
          instanceSeq: context.instanceSeq + 1,
          instances: {
            ...context.instances,
            [event.itemType]: [...instancesOf(context, event.itemType), key],
          },
        };
      }),
      // its answers stay in the draft, unused, like a removed member's
      removeInstance: assign(({ context, event }) => {
        if (event.type !== 'instance.removed') return {};
        const keys = instancesOf(context, event.itemType).filter((k) => k !== event.key);
        return { instances: { ...context.instances, [event.itemType]: keys } };
      }),
      addMember: assign(({ context }) => {
        const seq = context.memberSeq + 1;
        return { memberSeq: seq, members: [...context.members, { id: `m${seq}`, sections: [] }] };
      }),
      removeMember: assign(({ context, event }) =>
        event.type === 'member.removed'
          ? { members: context.members.filter((m) => m.id !== event.memberId) }
          : {},
      ),
      toggleMemberSection: assign(({ context, event }) => {
        if (event.type !== 'member.section.toggled') return {};
        return {
          members: context.members.map((m) =>
            m.id === event.memberId ? { ...m, sections: toggle(m.sections, event.section, event.on) } : m,
          ),
        };
      }),
      recordProfile: assign(({ event }) =>
        event.type === 'profile.changed' ? { [event.field]: event.value } : {},
      ),
      reset: assign(() => EMPTY_DRAFT),
    },
  }).createMachine({
    id: 'wizard',
    context: ({ input }) => ({ ...EMPTY_DRAFT, ...input?.draft }),
    initial: 'applicant',
    // answers may change at any step: the results beside the form follow them as they are typed
    on: {
      'applicant.selected': { actions: 'selectApplicant' },
      'category.selected': { actions: 'selectCategory' },
      'monitoredType.selected': { actions: 'selectMonitoredType' },
      'operatorType.selected': { actions: 'selectOperatorType' },
      'item.toggled': { actions: 'toggleItem' },
      'otherActivities.toggled': { actions: 'toggleOtherActivities' },
      'answer.changed': { actions: 'recordAnswer' },
      'instance.added': { guard: 'repeatable', actions: 'addInstance' },
      'instance.removed': { guard: 'notLastInstance', actions: 'removeInstance' },
      'member.added': { actions: 'addMember' },
      'member.removed': { actions: 'removeMember' },
      'member.section.toggled': { actions: 'toggleMemberSection' },
      'profile.changed': { actions: 'recordProfile' },
      'draft.reset': { target: '.applicant', actions: 'reset' },
    },
    states: {
      applicant: {
        on: {
          'nav.next': [
            { guard: { type: 'applicantIs', params: { kind: 'household' } }, target: 'category' },
            { guard: 'applicantChosen', target: 'projects' },
          ],
        },
      },
      category: {
        on: {
          'nav.back': 'applicant',
          'nav.next': [
            { guard: { type: 'stepHasErrors', params: { step: 'category' } } },
            // 一般农户: none of the household standards applies; say so now, not after the questions
            { guard: { type: 'categoryIs', params: { category: 'ordinary' } }, target: 'notEligible' },
            { guard: 'categoryComplete', target: 'activities' },
          ],
        },
      },
      notEligible: {
        on: { 'nav.back': 'category' },
      },
      activities: {
        on: {
          'nav.back': 'category',
          'nav.next': [
            { guard: 'hasItems', target: 'details' },
            { guard: 'asksMembers', target: 'members' },
            { target: 'review' },
          ],
        },
      },
      projects: {
        on: {
          'nav.back': 'applicant',
          'nav.next': [
            { guard: { type: 'stepHasErrors', params: { step: 'projects' } } },
            { guard: 'hasItems', target: 'details' },
            { target: 'review' },
          ],
        },
      },
      details: {
        on: {
          'nav.back': [
            { guard: { type: 'applicantIs', params: { kind: 'household' } }, target: 'activities' },
            { target: 'projects' },
          ],
          'nav.next': [
            { guard: { type: 'stepHasErrors', params: { step: 'details' } } },
            { guard: 'asksMembers', target: 'members' },
            { target: 'review' },
          ],
        },
      },
      members: {
        on: {
          'nav.back': [{ guard: 'hasItems', target: 'details' }, { target: 'activities' }],
          'nav.next': [
            { guard: { type: 'stepHasErrors', params: { step: 'members' } } },
            { target: 'review' },
          ],
        },
      },
      review: {
        on: {
          'nav.back': [
            { guard: 'asksMembers', target: 'members' },
            { guard: 'hasItems', target: 'details' },
            { guard: { type: 'applicantIs', params: { kind: 'household' } }, target: 'activities' },
            { target: 'projects' },
          ],
          'nav.next': { guard: 'subjectValid', target: 'results' },
          'nav.goto': [
            { guard: { type: 'stepIs', params: { step: 'applicant' } }, target: 'applicant' },
            {
              guard: { type: 'stepIs', params: { step: 'category' } },
              target: 'category',
            },
            { guard: { type: 'stepIs', params: { step: 'activities' } }, target: 'activities' },
            { guard: { type: 'stepIs', params: { step: 'projects' } }, target: 'projects' },
            { guard: { type: 'stepIs', params: { step: 'details' } }, target: 'details' },
            { guard: { type: 'stepIs', params: { step: 'members' } }, target: 'members' },
          ],
        },
      },
      results: {
        on: {
          'nav.back': 'review',
          'worksheet.opened': 'worksheet',
        },
      },
      worksheet: {
        on: { 'nav.back': 'results' },
      },
    },
  });
}

export type WizardMachine = ReturnType<typeof createWizardMachine>;

const machines = new WeakMap<PolicyPack, WizardMachine>();

/** The wizard of a pack, made once per pack. */
export function wizardMachineFor(pack: PolicyPack): WizardMachine {
  let m = machines.get(pack);
  if (!m) {
    m = createWizardMachine(pack);
    machines.set(pack, m);
  }
  return m;
}

/** The wizard of the default pack (西乡县 2023). */
export const wizardMachine: WizardMachine = wizardMachineFor(xixiang2023);

export type WizardState =
  | 'applicant'
  | 'category'
  | 'notEligible'
  | 'activities'
  | 'projects'
  | 'details'
  | 'members'
  | 'review'
  | 'results'
  | 'worksheet';
