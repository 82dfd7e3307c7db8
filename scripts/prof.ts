import { compilePack, Subject, screen } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import { syntheticPopulation } from './lib/synthetic.ts';

const subjects = syntheticPopulation(50000).map((s) => Subject.parse(s));
const pack = compilePack(xixiang2023);
for (let i = 0; i < 6; i++) for (const s of subjects) screen(s, { pack, asOf: '2023-12-31' });
