import { z } from 'zod';

/**
 * Every user-facing text is given in Chinese first and English second: one schema, one type,
 * for the engine, the packs and the apps.
 */
export const Text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export interface Text {
  readonly zh: string;
  readonly en: string;
}

export type Lang = 'zh' | 'en';

export function text(zh: string, en: string): Text {
  return { zh, en };
}
