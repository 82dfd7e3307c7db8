import {
  choiceRef,
  Dec,
  type InfraProjectInput,
  type InputField,
  type PolicyPack,
  type ProjectChoice,
  plain,
  projectChoices,
} from '@huinong/benefits';

/**
 * The 五(二) projects a pack can estimate, in the order of its standards: each project standard,
 * and each group of alternatives once (the two bridges of one clause, chosen by span). Everything
 * the form asks comes from the pack's declarations. This is a pure function.
 */
export function projectOptions(pack: PolicyPack): ProjectChoice[] {
  return projectChoices(pack);
}

/** What the caseworker typed: text by the declared key (the quantity's and each field's); the budget in 万元. */
export interface ProjectForm {
  /** the choice's id: a project standard's or a group's */
  readonly choice: string;
  readonly values: Readonly<Record<string, string>>;
  readonly budgetWan: string;
}

export function emptyForm(choice: string): ProjectForm {
  return { choice, values: {}, budgetWan: '' };
}

/** One input the choice asks for, as the pack declares it. */
export interface FormField {
  readonly field: InputField;
  /** the quantity, or a field a condition reads (the span): without it there is no estimate */
  readonly required: boolean;
  readonly role: 'quantity' | 'field';
}

/** The inputs of a choice: its quantity, then the fields its standards declare, in their order. */
export function formFields(choice: ProjectChoice): FormField[] {
  const out: FormField[] = [];
  if (choice.quantity) out.push({ field: choice.quantity, required: true, role: 'quantity' });
  for (const f of choice.fields) out.push({ field: f.field, required: f.required, role: 'field' });
  return out;
}

export type ProjectProblem = 'not-a-number' | 'not-whole';

const NUMERIC = new Set(['quantity', 'count', 'money', 'rate']);
const DECIMAL = /^\d+(\.\d+)?$/;

function clean(s: string): string {
  return s.trim().replace(/,/g, '').replace(/，/g, '');
}

/** A typed value as the engine reads it: a number as a plain decimal, yes/no as a boolean. */
function read(f: InputField, typed: string): { value: unknown } | { problem: ProjectProblem } | null {
  const v = NUMERIC.has(f.type) ? clean(typed) : typed.trim();
  if (v === '') return null;
  if (f.type === 'yesno') return { value: v === 'yes' };
  if (!NUMERIC.has(f.type)) return { value: v };
  if (!DECIMAL.test(v)) return { problem: 'not-a-number' };
  if (f.type === 'count' && v.includes('.') && !/\.0+$/.test(v)) return { problem: 'not-whole' };
  return { value: plain(v) };
}

/**
 * The project the form describes, or the fields to correct (by key; `budgetWan` for the budget);
 * null while a required input is still empty. The budget (万元) becomes yuan exactly (150 →
 * 1500000). This is a pure function.
 */
export function projectOf(
  form: ProjectForm,
  choice: ProjectChoice,
): { project: InfraProjectInput | null; problems: Partial<Record<string, ProjectProblem>> } {
  const problems: Partial<Record<string, ProjectProblem>> = {};
  let waiting = false;
  let quantity: unknown;
  const fields: Record<string, unknown> = {};
  for (const f of formFields(choice)) {
    const r = read(f.field, form.values[f.field.key] ?? '');
    if (r === null) {
      if (f.required) waiting = true;
      continue;
    }
    if ('problem' in r) {
      problems[f.field.key] = r.problem;
      continue;
    }
    if (f.role === 'quantity') quantity = r.value;
    else fields[f.field.key] = r.value;
  }
  const budget = clean(form.budgetWan);
  let yuan: string | undefined;
  if (budget !== '') {
    if (DECIMAL.test(budget)) yuan = plain(new Dec(budget).times(10000));
    else problems.budgetWan = 'not-a-number';
  }
  if (waiting || Object.keys(problems).length > 0) return { project: null, problems };
  return {
    project: {
      ...choiceRef(choice),
      ...(quantity === undefined ? {} : { quantity: quantity as string }),
      ...(Object.keys(fields).length ? { fields } : {}),
      ...(yuan === undefined ? {} : { budget: yuan }),
    },
    problems,
  };
}
