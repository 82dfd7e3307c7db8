import type { Draft } from './draft.ts';

/**
 * A draft with nothing answered. In a module of its own (a type import only), so that the first
 * visit's shell can start a draft without loading the wizard's engine code.
 */
export const EMPTY_DRAFT: Draft = {
  kind: null,
  category: null,
  monitoredType: null,
  operatorType: null,
  name: '',
  township: '',
  village: '',
  asOf: '',
  activities: [],
  otherActivities: false,
  projects: [],
  links: [],
  members: [],
  memberSeq: 0,
  answers: {},
  instances: {},
  instanceSeq: 0,
};
