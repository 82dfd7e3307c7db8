import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idNumberCheckDigit, type PolicyPack } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import { headerText, rosterLayout, type SheetKind } from '@huinong/roster';
import ExcelJS from 'exceljs';

const main = join(import.meta.dirname, '../src/main.ts');

/** Runs the CLI as a separate process, as a caseworker would. */
export function huinong(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    encoding: 'utf8',
    cwd: join(import.meta.dirname, '..'),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'huinong-'));
}

/** A valid 18-character 身份证号 from its first 17 digits. */
export const id18 = (first17: string): string => `${first17}${idNumberCheckDigit(first17)}`;

export type Rows = Partial<Record<SheetKind, Record<string, string | number | boolean | null>[]>>;

/**
 * Writes a roster workbook with ExcelJS (not with our own writer): the template's two header
 * rows of the pack's layout (default 西乡 2023), then the rows given by column key. Sheets not
 * given are left out.
 */
export async function writeRoster(
  path: string,
  rows: Rows,
  options: { keyRow?: boolean; pack?: PolicyPack } = {},
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const def of rosterLayout(options.pack ?? xixiang2023).sheets) {
    const data = rows[def.kind];
    if (!data) continue;
    const ws = wb.addWorksheet(def.name);
    ws.addRow(def.columns.map(headerText));
    if (options.keyRow !== false) ws.addRow(def.columns.map((c) => c.key));
    for (const r of data) ws.addRow(def.columns.map((c) => r[c.key] ?? null));
  }
  await wb.xlsx.writeFile(path);
}

export type SheetValues = (string | number | boolean | null)[][];

/** Reads every sheet of a workbook with ExcelJS, as rows of plain values (row 1 first). */
export async function readWorkbook(path: string): Promise<Record<string, SheetValues>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Record<string, SheetValues> = {};
  wb.eachSheet((ws) => {
    const rows: SheetValues = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const values: (string | number | boolean | null)[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const v = row.getCell(c).value;
        values.push(v === undefined || v === null ? null : typeof v === 'object' ? JSON.stringify(v) : v);
      }
      rows.push(values);
    }
    out[ws.name] = rows;
  });
  return out;
}

/** Rows of a sheet as objects keyed by the header row. */
export function records(
  sheet: SheetValues,
  headerRow = 0,
): Record<string, string | number | boolean | null>[] {
  const header = (sheet[headerRow] ?? []).map((h) => String(h ?? ''));
  return sheet
    .slice(headerRow + 1)
    .map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? null])));
}
