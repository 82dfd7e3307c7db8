import type { z } from 'zod';
import type { Text } from '../core/i18n.ts';
import { issueMessage } from '../schemas/validate.ts';
import { PolicyPack } from './pack.schema.ts';

/** One problem with a pack file: where ("standards[3].award.amount") and what, in both languages. */
export interface PackError {
  readonly path: string;
  readonly message: Text;
}

export type PackValidation = { ok: true; pack: PolicyPack } | { ok: false; errors: PackError[] };

/** "standards[3].award.amount": keys joined by dots, array indexes in brackets. */
export function packPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || '(pack)';
}

/** The words of the pack's project checks (pack/project-checks.ts), by code. */
const PROJECT_MESSAGES: Record<string, Text> = {
  'project-missing': {
    zh: '基础设施项目标准须声明 project（数量、字段和设计检查）',
    en: 'a project standard must declare project (its quantity, fields and design checks)',
  },
  'project-not-a-project': {
    zh: '只有项目标准（subject.kinds 含 project）才声明 project',
    en: 'only a project standard (subject.kinds includes project) declares project',
  },
  'project-award': {
    zh: '项目标准的 award 须为 cost-range（造价范围）或 reviewed（评审确定）',
    en: "a project standard's award is cost-range or reviewed",
  },
  'project-quantity-required': {
    zh: '造价范围须声明项目的数量 project.quantity，单位与 award.per 相同',
    en: 'a cost range needs the project quantity project.quantity, in the unit of award.per',
  },
  'project-unit-mismatch': {
    zh: '数量的单位须与 award.per 相同',
    en: 'the quantity must be in the unit of award.per',
  },
  'project-quantity-type': {
    zh: '数量的类型须为 quantity（数量）或 count（整数）',
    en: 'the quantity is of type quantity or count',
  },
  'undeclared-field': {
    zh: '读取的字段未在 project.quantity 或 project.fields 中声明',
    en: 'reads a field not declared in project.quantity or project.fields',
  },
  'field-wrong-type': {
    zh: '字段类型与条件不符（数值条件读取 quantity、count、money 或 rate 字段）',
    en: 'the field is of a type the condition cannot read (a number check reads quantity, count, money or rate)',
  },
  'reserved-key': {
    zh: '字段名与项目本身的字段重名（standardId、group、quantity、fields、budget、name、standard）',
    en: "the key is one of the project's own (standardId, group, quantity, fields, budget, name, standard)",
  },
  'unknown-group': {
    zh: '项目组未在 projectGroups 中声明',
    en: 'project group not declared in projectGroups',
  },
  'group-empty': { zh: '没有项目标准属于这个项目组', en: 'no project standard is of this group' },
  'group-without-conditions': {
    zh: '项目组中的标准须有条件（conditions），以便按条件选择',
    en: 'a standard of a project group needs conditions to be chosen by',
  },
  'group-quantity-differs': {
    zh: '同一项目组的标准须按同一数量（键、类型、单位）计',
    en: 'the standards of a project group count the same quantity (key, type and unit)',
  },
  'group-field-differs': {
    zh: '同一项目组中同名字段的类型或单位不同',
    en: 'a field of this key has another type or unit in the same project group',
  },
};

/** A zod issue of the pack in words: the project checks' own codes, else the engine's. */
function packIssueMessage(issue: z.core.$ZodIssue): Text {
  const own = issue.code === 'custom' ? PROJECT_MESSAGES[issue.message] : undefined;
  if (!own) return issueMessage(issue);
  const value = (issue as { params?: { value?: string } }).params?.value;
  return value ? { zh: `${own.zh}：“${value}”`, en: `${own.en}: "${value}"` } : own;
}

/**
 * Checks a pack written by a county (a JSON file) against the pack schema. Bad input never
 * throws: each problem names its path, in Chinese and English. This is a pure function.
 */
export function validatePack(input: unknown): PackValidation {
  const r = PolicyPack.safeParse(input, { reportInput: true });
  if (r.success) return { ok: true, pack: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((issue: z.core.$ZodIssue) => ({
      path: packPath(issue.path),
      message: packIssueMessage(issue),
    })),
  };
}

/** "standards[3].award.amount：必填 / standards[3].award.amount: is required" */
export function formatPackError(e: PackError, lang: 'zh' | 'en' | 'both' = 'both'): string {
  const zh = `${e.path}：${e.message.zh}`;
  const en = `${e.path}: ${e.message.en}`;
  return lang === 'zh' ? zh : lang === 'en' ? en : `${zh} / ${en}`;
}
