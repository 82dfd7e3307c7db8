import { describe, expect, test } from 'vitest';
import { inputTarget } from '../../src/index.ts';

describe('an error path back to the input', () => {
  test.for([
    ['activities.0.head', { part: 'activity', index: 0, field: 'head' }],
    ['activities.2', { part: 'activity', index: 2, field: null }],
    ['facts.riskStatus', { part: 'fact', key: 'riskStatus' }],
    ['labor.wages', { part: 'section', section: 'labor', field: 'wages' }],
    ['village', { part: 'subject', field: 'village' }],
    ['members.1.idNumber', { part: 'member', index: 1, section: null, item: null, field: 'idNumber' }],
    [
      'members.0.student.schoolType',
      { part: 'member', index: 0, section: 'student', item: null, field: 'schoolType' },
    ],
    [
      'members.0.workTrips.1.place.city',
      { part: 'member', index: 0, section: 'workTrips', item: 1, field: 'place.city' },
    ],
    [
      'members.0.loans.0.events.2.date',
      { part: 'member', index: 0, section: 'loans', item: 0, field: 'events.2.date' },
    ],
    ['members.3', { part: 'member', index: 3, section: null, item: null, field: null }],
  ] as const)('%s', ([path, target]) => {
    expect(inputTarget(path)).toEqual(target);
  });

  test.for(['', 'activities.x.head', 'members.one'])('%j points nowhere', (path) => {
    expect(inputTarget(path)).toBeNull();
  });
});
