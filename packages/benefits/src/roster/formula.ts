/**
 * Characters that make a spreadsheet treat typed or imported text as a formula (OWASP "CSV
 * injection"): = + - @, a leading tab or carriage return, and their full-width forms, which some
 * spreadsheet programs also accept.
 */
const TRIGGERS = /^[=+\-@\t\r＝＋－＠]/;

/** The prefix put before formula-like text: an apostrophe, as Excel shows text typed as '=… */
export const FORMULA_PREFIX = "'";

/** True when a text cell would start a formula if typed or imported into a spreadsheet. */
export function isFormulaLike(text: string): boolean {
  return TRIGGERS.test(text);
}

/**
 * Makes text safe to write to a spreadsheet or CSV cell: text starting with = + - @ (or a tab,
 * a carriage return or a full-width form of these) gets a leading apostrophe, so that it is shown
 * as written and never runs as a formula. Numbers are never passed here: a negative amount is a
 * number cell, not text. This is a pure function.
 */
export function neutralizeFormula(text: string): string {
  switch (text.charCodeAt(0)) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // carriage return
    case 0xff1d: // ＝
    case 0xff0b: // ＋
    case 0xff0d: // －
    case 0xff20: // ＠
      return FORMULA_PREFIX + text;
    default:
      return text;
  }
}
