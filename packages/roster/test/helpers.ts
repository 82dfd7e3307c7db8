import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idNumberCheckDigit } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import { bytesSource, type RosterSource, readCsv, rosterLayout } from '../src/index.ts';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'huinong-roster-'));
}

/** A valid 18-character 身份证号 from its first 17 digits. */
export const id18 = (first17: string): string => `${first17}${idNumberCheckDigit(first17)}`;

/** A file on disk as the package reads it: a name and its bytes. */
export function fileBytes(path: string) {
  const bytes = new Uint8Array(readFileSync(path));
  return { name: path.slice(path.lastIndexOf('/') + 1), bytes, source: bytesSource(bytes) };
}

/** Reads a CSV file from disk as one roster sheet (of the 西乡 2023 layout). */
export function readCsvFile(path: string): RosterSource {
  const f = fileBytes(path);
  return readCsv(f.bytes, f.name, rosterLayout(xixiang2023));
}
