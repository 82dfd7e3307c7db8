import { type MaskOptions, maskMiddle } from '@huinong/benefits';
import { z } from 'zod';

/**
 * How much of a 身份证号 or 一卡通 account a list shows: the county's setting. standards.md: a
 * publicity list never shows a full number — all but the first 6 and last 4 characters are masked,
 * or as configured; a 发放清册 for the bank may show it in full when the county says so.
 */
export const Shown = z.object({
  show: z.enum(['masked', 'full']).default('masked'),
  /** characters kept at the start when masked */
  head: z.number().int().min(0).max(12).default(6),
  /** characters kept at the end when masked */
  tail: z.number().int().min(0).max(12).default(4),
});
export type Shown = z.infer<typeof Shown>;

export const Disclosure = z.object({
  idNumber: Shown.default({ show: 'masked', head: 6, tail: 4 }),
  account: Shown.default({ show: 'masked', head: 6, tail: 4 }),
});
export type Disclosure = z.infer<typeof Disclosure>;
export type DisclosureInput = z.input<typeof Disclosure>;

/**
 * A number as a list shows it; `publicity` forces masking whatever the setting (公示名单 never
 * show a full number). This is a pure function.
 */
export function shown(value: string | undefined, setting: Shown, publicity = false): string {
  const v = (value ?? '').replace(/\s+/g, '');
  if (v === '') return '';
  if (setting.show === 'full' && !publicity) return v;
  const options: MaskOptions = { head: setting.head, tail: setting.tail };
  return maskMiddle(v, options);
}
