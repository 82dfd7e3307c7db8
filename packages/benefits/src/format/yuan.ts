import { toFen } from '../core/money.ts';

/**
 * An amount of yuan as shown to people: "1234.5" → "¥1,234.50", "-3" → "-¥3.00". Rounds half-up
 * to the fen (amounts reaching it are already rounded). This is a pure function.
 */
export function formatYuan(amount: string): string {
  const fixed = toFen(amount);
  const negative = fixed.startsWith('-');
  const [int = '0', dec = '00'] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative && fixed !== '-0.00' ? '-' : ''}¥${grouped}.${dec}`;
}

/**
 * An amount of yuan in 万元 (10,000 yuan) without trailing zeros: "42000" → "4.2", "50000" → "5".
 * Used for progress such as "工资 4.2/5 万". This is a pure function.
 */
export function formatWan(amount: string): string {
  const fixed = toFen(amount);
  const negative = fixed.startsWith('-');
  const digits = (negative ? fixed.slice(1) : fixed).replace('.', '').padStart(7, '0');
  // fen → 万元 moves the point six places
  const int = digits.slice(0, -6).replace(/^0+(?=\d)/, '');
  const dec = digits.slice(-6).replace(/0+$/, '');
  return `${negative ? '-' : ''}${int}${dec ? `.${dec}` : ''}`;
}
