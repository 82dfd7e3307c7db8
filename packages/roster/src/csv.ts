/** RFC 4180 CSV: parsing with a clear error for a broken quote, and writing for Excel. */

export class CsvError extends Error {
  constructor(
    /** 1-based line of the problem */
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Parses CSV text into records of fields. Quoted fields may hold commas, quotes ("") and line
 * breaks; a quote left open at the end of the file is an error naming the line it opened on.
 * Lines end with CRLF, LF or CR.
 */
export function parseCsv(input: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  const n = text.length;
  let fieldStarted = false;
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
      fieldStarted = true;
      // text after a closing quote up to the next separator is kept as written
      continue;
    }
    if (c === 44 /* , */) {
      record.push(field);
      field = '';
      fieldStarted = false;
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      continue;
    }
    const next = text.slice(i).search(/[,\r\n]/);
    const end = next < 0 ? n : i + next;
    field += text.slice(i, end);
    fieldStarted = true;
    i = end;
  }
  if (fieldStarted || field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
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
