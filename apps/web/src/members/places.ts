// loaded on demand (the work-place picker): the GB/T 2260 divisions are ~30 KB gzip
export { type Division, divisions } from '@huinong/policy-data';
export { PLACE_NAMES_EN } from './place-names.ts';
