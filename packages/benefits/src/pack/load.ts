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
      message: issueMessage(issue),
    })),
  };
}

/** "standards[3].award.amount：必填 / standards[3].award.amount: is required" */
export function formatPackError(e: PackError, lang: 'zh' | 'en' | 'both' = 'both'): string {
  const zh = `${e.path}：${e.message.zh}`;
  const en = `${e.path}: ${e.message.en}`;
  return lang === 'zh' ? zh : lang === 'en' ? en : `${zh} / ${en}`;
}
