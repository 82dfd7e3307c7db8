export interface MaskOptions {
  /** characters shown at the start (default 6: the 身份证号 address code) */
  readonly head?: number;
  /** characters shown at the end (default 4) */
  readonly tail?: number;
  /** the mask character (default `*`) */
  readonly char?: string;
}

/**
 * Masks the middle of an ID number or bank account for a publicity list (公示名单): the first
 * `head` and last `tail` characters are shown and the rest replaced by `char`
 * ("610724********1234"). A value too short to keep that many characters shows a quarter at each
 * end at most, so a full number is never shown. Spaces are removed first. This is a pure function.
 */
export function maskMiddle(value: string, options: MaskOptions = {}): string {
  const chars = Array.from(value.replace(/\s+/g, ''));
  if (chars.length === 0) return '';
  const char = options.char ?? '*';
  let head = Math.max(0, Math.floor(options.head ?? 6));
  let tail = Math.max(0, Math.floor(options.tail ?? 4));
  const n = chars.length;
  if (head + tail >= n) {
    const quarter = Math.floor(n / 4);
    head = Math.min(head, quarter);
    tail = Math.min(tail, quarter);
  }
  // whatever is asked, at least 40% stays hidden (8 of a 身份证号's 18: its birth date), so a
  // short account under 6 + 4 is not shown almost whole
  const minHidden = Math.ceil(n * 0.4);
  if (n - head - tail < minHidden) {
    const budget = n - minHidden;
    tail = Math.min(tail, Math.floor(budget / 2));
    head = Math.min(head, budget - tail);
  }
  const middle = chars.length - head - tail;
  return chars.slice(0, head).join('') + char.repeat(middle) + chars.slice(chars.length - tail).join('');
}
