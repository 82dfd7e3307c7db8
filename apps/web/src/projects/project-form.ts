import { Dec, type InfraProject, type PolicyPack, plain, type Standard } from '@huinong/benefits';
import { isProjectStandard, projectTypeOf } from '../rules/example.ts';

/** A kind of 五(二) project the pack has a cost standard for, and the standards it is judged by. */
export interface ProjectOption {
  readonly type: InfraProject['type'];
  readonly standards: readonly Standard[];
}

/**
 * The project types of a pack, in the order of its standards: one per type (both bridge standards
 * are one type, the span chooses between them). This is a pure function.
 */
export function projectOptions(pack: PolicyPack): ProjectOption[] {
  const out: { type: InfraProject['type']; standards: Standard[] }[] = [];
  for (const s of pack.standards) {
    if (!isProjectStandard(s)) continue;
    const type = projectTypeOf(s);
    if (!type) continue;
    const have = out.find((o) => o.type === type);
    if (have) have.standards.push(s);
    else out.push({ type, standards: [s] });
  }
  return out;
}

/** What the caseworker typed: text, as in the inputs. The budget is in 万元. */
export interface ProjectForm {
  readonly type: InfraProject['type'];
  readonly lengthKm: string;
  readonly spanM: string;
  readonly deckAreaM2: string;
  readonly seats: string;
  readonly budgetWan: string;
}

export const EMPTY_PROJECT: Omit<ProjectForm, 'type'> = {
  lengthKm: '',
  spanM: '',
  deckAreaM2: '',
  seats: '',
  budgetWan: '',
};

export type ProjectField = Exclude<keyof ProjectForm, 'type'>;

/** The size fields each type asks for (the budget is asked of every type). */
export const SIZE_FIELDS: Record<InfraProject['type'], readonly ProjectField[]> = {
  'village-road': ['lengthKm'],
  'road-upgrade': ['lengthKm'],
  bridge: ['spanM', 'deckAreaM2'],
  toilet: ['seats'],
  'living-env': [],
};

export type ProjectProblem = 'not-a-number' | 'not-whole';

const DECIMAL = /^\d+(\.\d+)?$/;

function clean(s: string): string {
  return s.trim().replace(/,/g, '').replace(/，/g, '');
}

/**
 * The project the form describes, or the fields to correct; null while a size is still empty.
 * The budget (万元) becomes yuan exactly (150 → 1500000). This is a pure function.
 */
export function projectOf(form: ProjectForm): {
  project: InfraProject | null;
  problems: Partial<Record<ProjectField, ProjectProblem>>;
} {
  const problems: Partial<Record<ProjectField, ProjectProblem>> = {};
  const read = (f: ProjectField): string | null => {
    const v = clean(form[f]);
    if (v === '') return null;
    if (!DECIMAL.test(v)) {
      problems[f] = 'not-a-number';
      return null;
    }
    if (f === 'seats' && v.includes('.') && !/\.0+$/.test(v)) {
      problems[f] = 'not-whole';
      return null;
    }
    return plain(v);
  };
  const sizes = SIZE_FIELDS[form.type].map((f) => [f, read(f)] as const);
  const budgetWan = read('budgetWan');
  const budget = budgetWan === null ? undefined : plain(new Dec(budgetWan).times(10000));
  const withBudget = budget === undefined ? {} : { budget };
  if (Object.keys(problems).length > 0 || sizes.some(([, v]) => v === null))
    return { project: null, problems };
  const size = Object.fromEntries(sizes) as Record<ProjectField, string>;
  let project: InfraProject;
  switch (form.type) {
    case 'village-road':
    case 'road-upgrade':
      project = { type: form.type, lengthKm: size.lengthKm, ...withBudget };
      break;
    case 'bridge':
      project = { type: 'bridge', spanM: size.spanM, deckAreaM2: size.deckAreaM2, ...withBudget };
      break;
    case 'toilet':
      project = { type: 'toilet', count: plain(size.seats), ...withBudget };
      break;
    case 'living-env':
      project = { type: 'living-env', ...withBudget };
      break;
  }
  return { project, problems };
}
