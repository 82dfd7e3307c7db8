import { xiji2025 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import { type Actor, createActor } from 'xstate';
import { answerKey, type Draft, EMPTY_DRAFT } from './draft.ts';
import { type WizardEvent, wizardMachine, wizardMachineFor } from './wizard.machine.ts';

function start(draft?: Partial<Draft>): Actor<typeof wizardMachine> {
  const actor = createActor(wizardMachine, draft ? { input: { draft: { ...EMPTY_DRAFT, ...draft } } } : {});
  actor.start();
  return actor;
}

function run(actor: Actor<typeof wizardMachine>, ...events: WizardEvent[]) {
  for (const e of events) actor.send(e);
  return actor.getSnapshot();
}

const next: WizardEvent = { type: 'nav.next' };
const back: WizardEvent = { type: 'nav.back' };

describe('wizard machine: who is applying', () => {
  test('starts at the applicant step with an empty draft', () => {
    const s = start().getSnapshot();
    expect(s.value).toBe('applicant');
    expect(s.context).toEqual(EMPTY_DRAFT);
  });

  test('does not move on before an applicant is chosen', () => {
    expect(run(start(), next).value).toBe('applicant');
  });

  test.for([
    ['household', 'category'],
    ['collective', 'projects'],
    ['operator', 'projects'],
  ] as const)('%s goes on to %s', ([kind, step]) => {
    expect(run(start(), { type: 'applicant.selected', kind }, next).value).toBe(step);
  });
});

describe('wizard machine: household categories', () => {
  /** a household at the applicant step; the tests move it on to the category */
  const atCategory = () => start({ kind: 'household' });

  test('needs a category', () => {
    const a = start({ kind: 'household' });
    run(a, next);
    expect(run(a, next).value).toBe('category');
  });

  test('脱贫户 goes on to its activities', () => {
    const a = atCategory();
    run(a, next, { type: 'category.selected', category: 'poverty-alleviated' });
    expect(run(a, next).value).toBe('activities');
  });

  test('监测对象 needs its sub-type before going on', () => {
    const a = atCategory();
    run(a, next, { type: 'category.selected', category: 'monitored' });
    expect(run(a, next).value).toBe('category');
    run(a, { type: 'monitoredType.selected', monitoredType: 'marginal' });
    const s = run(a, next);
    expect(s.value).toBe('activities');
    expect(s.context.monitoredType).toBe('marginal');
  });

  test.for(['unstable', 'marginal', 'sudden-hardship'] as const)(
    '监测对象 of type %s is accepted',
    (monitoredType) => {
      const a = atCategory();
      const s = run(
        a,
        next,
        { type: 'category.selected', category: 'monitored' },
        { type: 'monitoredType.selected', monitoredType },
        next,
      );
      expect(s.value).toBe('activities');
    },
  );

  test('一般农户 learns at once that the household standards do not apply, and can go back', () => {
    const a = atCategory();
    const s = run(a, next, { type: 'category.selected', category: 'ordinary' }, next);
    expect(s.value).toBe('notEligible');
    expect(run(a, next).value).toBe('notEligible');
    expect(run(a, back).value).toBe('category');
  });
});

describe('wizard machine: full paths', () => {
  test('监测对象 household: applicant → category → activities → details → review → results → worksheet', () => {
    const a = start();
    const key = answerKey('activity', 'pig', 'head');
    const steps = [
      run(a, { type: 'applicant.selected', kind: 'household' }, next).value,
      run(
        a,
        { type: 'category.selected', category: 'monitored' },
        { type: 'monitoredType.selected', monitoredType: 'unstable' },
        next,
      ).value,
      run(a, { type: 'item.toggled', group: 'activity', itemType: 'pig', on: true }, next).value,
      run(a, { type: 'answer.changed', key, value: '4' }, next).value,
      run(a, next).value,
      run(a, next).value,
      run(a, { type: 'worksheet.opened' }).value,
    ];
    expect(steps).toEqual(['category', 'activities', 'details', 'members', 'review', 'results', 'worksheet']);
    expect(a.getSnapshot().context.answers[key]).toBe('4');
  });

  test('脱贫户 household with nothing chosen skips the details but is asked about its members', () => {
    const a = start({ kind: 'household', category: 'poverty-alleviated' });
    run(a, next, next);
    expect(a.getSnapshot().value).toBe('activities');
    expect(run(a, next).value).toBe('members');
    expect(run(a, next).value).toBe('review');
    expect(run(a, back).value).toBe('members');
    expect(run(a, back).value).toBe('activities');
  });

  test.for(['collective', 'operator'] as const)(
    '%s: applicant → projects → details → review → results',
    (kind) => {
      const a = start();
      const steps = [
        run(a, { type: 'applicant.selected', kind }, next).value,
        run(a, { type: 'item.toggled', group: 'project', itemType: 'rice-fish', on: true }, next).value,
        run(a, { type: 'answer.changed', key: answerKey('project', 'rice-fish', 'area'), value: '12' }, next)
          .value,
        run(a, next).value,
      ];
      expect(steps).toEqual(['projects', 'details', 'review', 'results']);
      expect(run(a, back, back, back, back).value).toBe('applicant');
    },
  );

  test('an operator with only a linking section goes through the details', () => {
    const a = start({ kind: 'operator' });
    run(a, next, { type: 'item.toggled', group: 'link', itemType: 'labor', on: true });
    expect(run(a, next).value).toBe('details');
  });

  test('a malformed answer keeps its step (and the review) from moving on', () => {
    const a = start({ kind: 'household', category: 'monitored', monitoredType: 'unstable' });
    run(a, next, next, { type: 'item.toggled', group: 'activity', itemType: 'pig', on: true }, next);
    run(a, { type: 'answer.changed', key: answerKey('activity', 'pig', 'head'), value: '4头' });
    expect(run(a, next).value).toBe('details');
    // sent back from the review to a step with an invalid answer, the review still refuses
    run(a, { type: 'answer.changed', key: answerKey('activity', 'pig', 'head'), value: '4' }, next, next);
    expect(a.getSnapshot().value).toBe('review');
    run(a, { type: 'answer.changed', key: answerKey('activity', 'pig', 'head'), value: '4头' });
    expect(run(a, next).value).toBe('review');
    run(a, { type: 'answer.changed', key: answerKey('activity', 'pig', 'head'), value: '4' });
    expect(run(a, next).value).toBe('results');
  });

  test('the review sends the person back to any step to edit', () => {
    const a = start({
      kind: 'household',
      category: 'monitored',
      monitoredType: 'unstable',
      activities: ['pig'],
    });
    run(a, next, next, next, next, next);
    expect(a.getSnapshot().value).toBe('review');
    for (const step of ['applicant', 'category', 'activities', 'details', 'members'] as const) {
      run(a, { type: 'nav.goto', step });
      expect(a.getSnapshot().value).toBe(step);
      while (a.getSnapshot().value !== 'review') run(a, next);
    }
  });
});

describe('wizard machine: household members', () => {
  test('members get fresh ids; sections toggle; removing one keeps the others and their answers', () => {
    const a = start({ kind: 'household', category: 'poverty-alleviated' });
    run(a, { type: 'member.added' }, { type: 'member.added' });
    run(
      a,
      { type: 'member.section.toggled', memberId: 'm1', section: 'student', on: true },
      { type: 'member.section.toggled', memberId: 'm2', section: 'workTrips', on: true },
      { type: 'answer.changed', key: 'member.m2.workTrips.from', value: '2023-03-01' },
      { type: 'member.removed', memberId: 'm1' },
      { type: 'member.added' },
    );
    const c = a.getSnapshot().context;
    expect(c.members).toEqual([
      { id: 'm2', sections: ['workTrips'] },
      { id: 'm3', sections: [] },
    ]);
    expect(c.answers['member.m2.workTrips.from']).toBe('2023-03-01');
  });

  test.for(['ordinary'] as const)('an %s household never reaches the members step', (category) => {
    const a = start({ kind: 'household', category });
    expect(run(a, next, next).value).toBe('notEligible');
  });
});

describe('wizard machine: back and forward keep every answer', () => {
  test('going back to the start, changing the applicant and coming back loses nothing', () => {
    const a = start();
    const pig = answerKey('activity', 'pig', 'head');
    const income = answerKey('activity', 'pig', 'income');
    run(
      a,
      { type: 'applicant.selected', kind: 'household' },
      next,
      { type: 'category.selected', category: 'monitored' },
      { type: 'monitoredType.selected', monitoredType: 'sudden-hardship' },
      next,
      { type: 'item.toggled', group: 'activity', itemType: 'pig', on: true },
      next,
      { type: 'answer.changed', key: pig, value: '4' },
      { type: 'answer.changed', key: income, value: '3000' },
      back,
      back,
      back,
      { type: 'applicant.selected', kind: 'operator' },
      next,
      { type: 'item.toggled', group: 'link', itemType: 'labor', on: true },
      back,
      { type: 'applicant.selected', kind: 'household' },
      next,
      next,
    );
    const s = a.getSnapshot();
    expect(s.value).toBe('activities');
    expect(s.context).toMatchObject({
      kind: 'household',
      category: 'monitored',
      monitoredType: 'sudden-hardship',
      activities: ['pig'],
      links: ['labor'],
      answers: { [pig]: '4', [income]: '3000' },
    });
    expect(run(a, next).value).toBe('details');
  });

  test('unticking an activity keeps its answers for when it is ticked again', () => {
    const a = start({ kind: 'household', category: 'poverty-alleviated' });
    const key = answerKey('activity', 'vegetable', 'area');
    run(
      a,
      { type: 'item.toggled', group: 'activity', itemType: 'vegetable', on: true },
      { type: 'answer.changed', key, value: '2' },
      { type: 'item.toggled', group: 'activity', itemType: 'vegetable', on: false },
    );
    expect(a.getSnapshot().context.activities).toEqual([]);
    expect(a.getSnapshot().context.answers[key]).toBe('2');
    run(a, { type: 'item.toggled', group: 'activity', itemType: 'vegetable', on: true });
    expect(a.getSnapshot().context.activities).toEqual(['vegetable']);
  });

  test('profile answers are kept and only draft.reset clears the draft', () => {
    const a = start({ kind: 'collective' });
    run(a, { type: 'profile.changed', field: 'name', value: '茶镇村股份经济合作社' }, next, back);
    expect(a.getSnapshot().context.name).toBe('茶镇村股份经济合作社');
    const s = run(a, next, { type: 'draft.reset' });
    expect(s.value).toBe('applicant');
    expect(s.context).toEqual(EMPTY_DRAFT);
  });
});

describe('wizard machine: the pack decides', () => {
  const xiji = (draft: Partial<Draft>) => {
    const actor = createActor(wizardMachineFor(xiji2025), { input: { draft: { ...EMPTY_DRAFT, ...draft } } });
    actor.start();
    return actor;
  };
  const cows = {
    kind: 'household',
    category: 'monitored',
    monitoredType: 'unstable',
    activities: ['breeding-cows'],
  } as const;

  test('an activity the pack declares for the category leads to its details', () => {
    const a = xiji(cows);
    run(a, next, next);
    expect(run(a, next).value).toBe('details');
  });

  test('another pack’s activity is nothing to this pack: no details to ask', () => {
    const a = xiji({ ...cows, activities: ['pig'] });
    run(a, next, next);
    expect(run(a, next).value).toBe('members');
  });

  test('a date outside the pack’s period keeps the review from the results', () => {
    const a = xiji({ ...cows, asOf: '2026-02-01' });
    expect(run(a, next, next, next, next, next).value).toBe('review');
    expect(run(a, next).value).toBe('review');
    run(a, { type: 'profile.changed', field: 'asOf', value: '2025-09-30' }, next);
    expect(a.getSnapshot().value).toBe('results');
  });
});

describe('wizard machine: instances of a repeatable activity (西吉 2025: cattle bought in batches)', () => {
  const xiji = (draft: Partial<Draft>) => {
    const actor = createActor(wizardMachineFor(xiji2025), { input: { draft: { ...EMPTY_DRAFT, ...draft } } });
    actor.start();
    return actor;
  };
  const cows = {
    kind: 'household',
    category: 'monitored',
    monitoredType: 'unstable',
    activities: ['breeding-cows', 'wheat'],
  } as const;
  const added = (itemType: string): WizardEvent => ({ type: 'instance.added', itemType });
  const removed = (itemType: string, key: string): WizardEvent => ({
    type: 'instance.removed',
    itemType,
    key,
  });

  test('a batch added gets a fresh key after the first (the type’s own); removed, its answers stay unused', () => {
    const a = xiji(cows);
    run(a, added('breeding-cows'), added('breeding-cows'));
    expect(a.getSnapshot().context.instances).toEqual({
      'breeding-cows': ['breeding-cows', 'breeding-cows~1', 'breeding-cows~2'],
    });
    const head = answerKey('activity', 'breeding-cows~1', 'head');
    run(a, { type: 'answer.changed', key: head, value: '4' }, removed('breeding-cows', 'breeding-cows~1'));
    run(a, added('breeding-cows'));
    const c = a.getSnapshot().context;
    // the new batch is not the removed one come back with its answers
    expect(c.instances['breeding-cows']).toEqual(['breeding-cows', 'breeding-cows~2', 'breeding-cows~3']);
    expect(c.answers[head]).toBe('4');
    expect(c.instanceSeq).toBe(3);
  });

  test('the first batch can go while another is left; the last one cannot (it goes with its box)', () => {
    const a = xiji(cows);
    run(a, added('breeding-cows'), removed('breeding-cows', 'breeding-cows'));
    expect(a.getSnapshot().context.instances['breeding-cows']).toEqual(['breeding-cows~1']);
    run(a, removed('breeding-cows', 'breeding-cows~1'));
    expect(a.getSnapshot().context.instances['breeding-cows']).toEqual(['breeding-cows~1']);
    // a key that is not one of its instances removes nothing
    run(a, added('breeding-cows'), removed('breeding-cows', 'breeding-cows~9'));
    expect(a.getSnapshot().context.instances['breeding-cows']).toEqual([
      'breeding-cows~1',
      'breeding-cows~2',
    ]);
  });

  test('an activity the pack does not declare repeatable gets no second instance (wheat: one row a household)', () => {
    const a = xiji(cows);
    run(a, added('wheat'), added('pig'));
    expect(a.getSnapshot().context.instances).toEqual({});
    expect(a.getSnapshot().context.instanceSeq).toBe(0);
  });
});
