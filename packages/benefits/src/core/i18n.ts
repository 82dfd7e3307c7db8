/** Every user-facing text is given in Chinese first and English second. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

export type Lang = 'zh' | 'en';

export function text(zh: string, en: string): Text {
  return { zh, en };
}
