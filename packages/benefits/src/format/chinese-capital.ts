/**
 * 人民币大写 (the amount in Chinese capitals written on vouchers and award worksheets), following
 * the rules of 《正确填写票据和结算凭证的基本规定》:
 * - 到"元"为止的写"整"（或"正"）; 到"角"为止的不写"整"; 有"分"的不写"整".
 * - 中间有一个或连续几个"0"时写一个"零" (1409.50 → 壹仟肆佰零玖元伍角).
 * - 万位、元位是"0"而千位、角位不是"0"时，"零"可写可不写: we do not write it
 *   (107000.53 → 壹拾万柒仟元伍角叁分, 10050.5 → 壹万零伍拾元伍角).
 * - 角位是"0"而分位不是"0"时，"元"后必须写"零" (325.04 → 叁佰贰拾伍元零肆分).
 * - 拾 at the head of a number keeps its 壹 (10 → 壹拾元整).
 */

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACES = ['', '拾', '佰', '仟'] as const;
const SECTIONS = ['', '万', '亿', '万亿'] as const;

const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;

export interface ChineseCapitalOptions {
  /** the word closing a whole-yuan amount: 整 (default) or 正 */
  readonly whole?: '整' | '正';
}

/**
 * Writes a non-negative amount of yuan ("1400", "10050.5", "0") in Chinese capitals
 * ("壹仟肆佰元整", "壹万零伍拾元伍角", "零元整"). The input is a plain decimal string with at most two
 * decimals (fen); anything else throws a RangeError. This is a pure function.
 */
export function chineseCapital(amount: string, options: ChineseCapitalOptions = {}): string {
  const whole = options.whole ?? '整';
  const m = AMOUNT.exec(amount.trim());
  if (!m) throw new RangeError(`not a yuan amount with at most two decimals: ${JSON.stringify(amount)}`);
  const integer = (m[1] ?? '0').replace(/^0+(?=\d)/, '');
  if (integer.length > 16) throw new RangeError(`amount too large for 人民币大写: ${amount}`);
  const fraction = (m[2] ?? '').padEnd(2, '0');
  const jiao = Number(fraction[0]);
  const fen = Number(fraction[1]);

  const yuan = integerCapital(integer);
  if (jiao === 0 && fen === 0) return `${yuan || '零'}元${whole}`;

  let out = yuan ? `${yuan}元` : '';
  if (jiao !== 0) out += `${DIGITS[jiao]}角`;
  else if (yuan) out += '零'; // 角位是0而分位不是0: 元后写零
  if (fen !== 0) out += `${DIGITS[fen]}分`;
  return out;
}

/** The integer part without 元: "" for zero. */
function integerCapital(integer: string): string {
  if (/^0*$/.test(integer)) return '';
  // split into sections of four digits from the right (个, 万, 亿, 万亿)
  const sections: string[] = [];
  for (let end = integer.length; end > 0; end -= 4)
    sections.unshift(integer.slice(Math.max(0, end - 4), end));
  let out = '';
  let pendingZero = false;
  sections.forEach((section, i) => {
    const sectionIndex = sections.length - 1 - i;
    const digits = section.padStart(4, '0');
    if (/^0+$/.test(digits)) {
      if (out) pendingZero = true;
      return;
    }
    let text = '';
    for (let p = 0; p < 4; p++) {
      const d = Number(digits[p]);
      if (d === 0) {
        if (out || text) pendingZero = true;
        continue;
      }
      if (pendingZero && (out || text)) text += '零';
      pendingZero = false;
      text += `${DIGITS[d]}${PLACES[3 - p]}`;
    }
    out += `${text}${SECTIONS[sectionIndex]}`;
    // trailing zeros of a section (e.g. 1000|0500) are handled by the next section's leading zeros
    pendingZero = false;
  });
  return out;
}
