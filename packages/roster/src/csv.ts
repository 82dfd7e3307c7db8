/** RFC 4180 CSV: parsing with a clear error for a broken quote, and writing for Excel. */
import { LimitError } from './limits.ts';
import { columnLetter } from './xlsx/read.ts';

export class CsvError extends Error {
  constructor(
    /** 1-based line of the problem */
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Bounds on one record, checked as it is read: a hostile line is refused before it is all split. */
export interface CsvBounds {
  /** fields in one record (Excel's columns); past it, `LimitError('columns')` */
  readonly fields?: number;
  /** characters in one field (Excel's cell); past it, `LimitError('cellChars')` */
  readonly fieldChars?: number;
}

/**
 * Parses CSV text into records of fields. Quoted fields may hold commas, quotes ("") and line
 * breaks; a quote left open at the end of the file is an error naming the line it opened on.
 * Lines end with CRLF, LF or CR.
 */
export function parseCsv(input: string, bounds: CsvBounds = {}): string[][] {
  const records: string[][] = [];
  eachCsvRecord(
    input,
    (r) => {
      records.push(r);
      return true;
    },
    bounds,
  );
  return records;
}

/**
 * Gives each record of CSV text to `onRecord` (its fields and its 1-based number, the row Excel
 * shows it on) as soon as it is read, until `onRecord` returns false: one record at a time is
 * held, not the whole file split into fields (a 256 MB file of commas would be a billion fields).
 * A record or field past `bounds` throws `LimitError`, `at` its cell ("XFE3", "B7").
 */
export function eachCsvRecord(
  input: string,
  onRecord: (fields: string[], record: number) => boolean | undefined,
  bounds: CsvBounds = {},
): void {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const maxFields = bounds.fields ?? Number.POSITIVE_INFINITY;
  const maxChars = bounds.fieldChars ?? Number.POSITIVE_INFINITY;
  let record: string[] = [];
  let number = 1;
  let field = '';
  let line = 1;
  let i = 0;
  const n = text.length;
  let fieldStarted = false;
  const tooLong = () => {
    if (field.length > maxChars)
      throw new LimitError('cellChars', `${columnLetter(record.length + 1)}${number}`, maxChars);
  };
  const push = () => {
    if (record.length >= maxFields)
      throw new LimitError('columns', `${columnLetter(record.length + 1)}${number}`, maxFields);
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ && field === '' && !fieldStarted) {
      const opened = line;
      i++;
      let value = '';
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new CsvError(opened, `unterminated quoted field opened on line ${opened}`);
        const chunk = text.slice(i, q);
        for (let k = 0; k < chunk.length; k++) if (chunk.charCodeAt(k) === 10) line++;
        value += chunk;
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      field = value;
      tooLong();
      fieldStarted = true;
      // text after a closing quote up to the next separator is kept as written
      continue;
    }
    if (c === 44 /* , */) {
      push();
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      push();
      const done = onRecord(record, number) === false;
      record = [];
      number++;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      if (done) return;
      continue;
    }
    const next = text.slice(i).search(/[,\r\n]/);
    const end = next < 0 ? n : i + next;
    field += text.slice(i, end);
    tooLong();
    fieldStarted = true;
    i = end;
  }
  if (fieldStarted || field !== '' || record.length > 0) {
    push();
    onRecord(record, number);
  }
}

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Decodes CSV bytes: UTF-8 (with or without BOM), else GB18030 as Chinese Excel saves it. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
