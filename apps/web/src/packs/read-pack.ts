import { type PackError, type PolicyPack, validatePack } from '@huinong/benefits';

export type PackFile =
  | { readonly ok: true; readonly pack: PolicyPack; readonly json: unknown }
  | { readonly ok: false; readonly errors: readonly PackError[] };

/**
 * Reads a pack file chosen by the user, in the browser (nothing is uploaded): JSON first, then
 * the pack schema (`validatePack`), each problem with its path in Chinese and English. A file
 * may not take the id of a built-in pack: the built-in one would be hidden.
 */
export async function readPackFile(file: Blob, builtInIds: ReadonlySet<string>): Promise<PackFile> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (e) {
    return {
      ok: false,
      errors: [
        {
          path: '(文件 / file)',
          message: {
            zh: `不是有效的 JSON 文件：${(e as Error).message}`,
            en: `not a valid JSON file: ${(e as Error).message}`,
          },
        },
      ],
    };
  }
  const v = validatePack(json);
  if (!v.ok) return v;
  if (builtInIds.has(v.pack.id))
    return {
      ok: false,
      errors: [
        {
          path: 'id',
          message: {
            zh: `“${v.pack.id}”是内置政策包的编号，请改用其他编号`,
            en: `"${v.pack.id}" is the id of a built-in pack: give the file another id`,
          },
        },
      ],
    };
  return { ok: true, pack: v.pack, json };
}

export { packLabel } from './packs.tsx';
