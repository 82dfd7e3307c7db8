import { inflateSync } from 'node:zlib';

/**
 * A small PDF text reader for the worksheet specs: enough for what Chromium (Skia) writes —
 * Flate-compressed content streams, Type0/Identity-H and Type3 fonts, each with a ToUnicode CMap.
 * Returns the text of each page, runs in the order they are drawn.
 */

interface PdfObject {
  readonly dict: string;
  readonly stream: Buffer | null;
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const src = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const head = /(\d+) 0 obj\b/g;
  for (let m = head.exec(src); m; m = head.exec(src)) {
    const start = m.index + m[0].length;
    const end = src.indexOf('endobj', start);
    if (end < 0) break;
    const body = src.slice(start, end);
    const at = body.search(/\bstream\r?\n/);
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const dataStart = start + at + (body.slice(at).startsWith('stream\r\n') ? 8 : 7);
    const length = /\/Length (\d+)(?!\s+\d+\s+R)/.exec(dict);
    const dataEnd = length ? dataStart + Number(length[1]) : src.indexOf('endstream', dataStart);
    let data: Buffer = pdf.subarray(dataStart, dataEnd);
    if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
    objects.set(Number(m[1]), { dict, stream: data });
    head.lastIndex = end;
  }
  return objects;
}

interface CMap {
  readonly bytes: number;
  readonly map: Map<number, string>;
}

function utf16(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4)
    out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return out;
}

function parseCMap(text: string): CMap {
  const range = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(text);
  const bytes = range?.[1] ? range[1].length / 2 : 2;
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const p of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(Number.parseInt(p[1] ?? '0', 16), utf16(p[2] ?? ''));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const body = block[1] ?? '';
    for (const p of body.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const lo = Number.parseInt(p[1] ?? '0', 16);
      const hi = Number.parseInt(p[2] ?? '0', 16);
      const dst = p[3] ?? '';
      if (dst.startsWith('[')) {
        const list = [...dst.matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => utf16(x[1] ?? ''));
        for (let c = lo; c <= hi; c++) map.set(c, list[c - lo] ?? '');
      } else {
        const base = dst.slice(1, -1);
        const first = Number.parseInt(base.slice(-4), 16);
        const prefix = utf16(base.slice(0, -4));
        for (let c = lo; c <= hi; c++) map.set(c, prefix + String.fromCharCode(first + (c - lo)));
      }
    }
  }
  return { bytes, map };
}

function decode(raw: Buffer, cmap: CMap | undefined): string {
  if (!cmap) return raw.toString('latin1');
  let out = '';
  for (let i = 0; i + cmap.bytes <= raw.length; i += cmap.bytes) {
    const code = cmap.bytes === 1 ? (raw[i] ?? 0) : raw.readUIntBE(i, cmap.bytes);
    out += cmap.map.get(code) ?? '';
  }
  return out;
}

type Token = { kind: 'name' | 'num' | 'op' | '[' | ']'; value: string } | { kind: 'str'; value: Buffer };

function* tokens(content: string): Generator<Token> {
  let i = 0;
  while (i < content.length) {
    const c = content[i] as string;
    if (/\s/.test(c)) i++;
    else if (c === '%') while (i < content.length && content[i] !== '\n') i++;
    else if (c === '/') {
      const m = /^\/[^\s/<>[\]()]*/.exec(content.slice(i, i + 128));
      yield { kind: 'name', value: m?.[0] ?? '/' };
      i += m?.[0].length ?? 1;
    } else if (c === '<' && content[i + 1] === '<') {
      yield { kind: 'op', value: '<<' };
      i += 2;
    } else if (c === '>' && content[i + 1] === '>') {
      yield { kind: 'op', value: '>>' };
      i += 2;
    } else if (c === '<') {
      const end = content.indexOf('>', i);
      yield { kind: 'str', value: Buffer.from(content.slice(i + 1, end).replace(/\s/g, ''), 'hex') };
      i = end + 1;
    } else if (c === '(') {
      let depth = 1;
      let j = i + 1;
      const bytes: number[] = [];
      while (j < content.length && depth > 0) {
        const ch = content[j] as string;
        if (ch === '\\') {
          const n = content[j + 1] as string;
          const esc: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
          if (/[0-7]/.test(n)) {
            const oct = /^[0-7]{1,3}/.exec(content.slice(j + 1))?.[0] ?? '0';
            bytes.push(Number.parseInt(oct, 8));
            j += 1 + oct.length;
            continue;
          }
          bytes.push(esc[n] ?? n.charCodeAt(0));
          j += 2;
          continue;
        }
        if (ch === '(') depth++;
        if (ch === ')') depth--;
        if (depth > 0) bytes.push(ch.charCodeAt(0));
        j++;
      }
      yield { kind: 'str', value: Buffer.from(bytes) };
      i = j;
    } else if (c === '[' || c === ']') {
      yield { kind: c, value: c };
      i++;
    } else {
      const m = /^[^\s/<>[\]()%]+/.exec(content.slice(i, i + 64));
      const word = m?.[0] ?? c;
      yield { kind: /^[-+.\d]/.test(word) ? 'num' : 'op', value: word };
      i += word.length;
    }
  }
}

/** The text of each page of a PDF made by Chromium. */
export function pdfPages(pdf: Buffer): string[] {
  const objects = parseObjects(pdf);
  const cmaps = new Map<number, CMap>();
  const fontCMap = (ref: number): CMap | undefined => {
    const font = objects.get(ref);
    const to = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict);
    if (!to) return undefined;
    const id = Number(to[1]);
    let cmap = cmaps.get(id);
    if (!cmap) {
      const stream = objects.get(id)?.stream;
      if (!stream) return undefined;
      cmap = parseCMap(stream.toString('latin1'));
      cmaps.set(id, cmap);
    }
    return cmap;
  };
  const pages = [...objects.values()].filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict));
  return pages.map((page) => {
    const fonts = new Map<string, number>();
    const fontDict = /\/Font <<([\s\S]*?)>>/.exec(page.dict)?.[1] ?? '';
    for (const f of fontDict.matchAll(/\/(\S+) (\d+) 0 R/g)) fonts.set(`/${f[1]}`, Number(f[2]));
    const contentRefs =
      /\/Contents \[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents (\d+) 0 R/.exec(page.dict)?.[1] ?? '';
    const content = [...contentRefs.matchAll(/(\d+)(?: 0 R)?/g)]
      .map((r) => objects.get(Number(r[1]))?.stream?.toString('latin1') ?? '')
      .join('\n');
    let out = '';
    let font: CMap | undefined;
    const operands: Token[] = [];
    let array: Token[] | null = null;
    for (const tok of tokens(content)) {
      if (tok.kind === '[') array = [];
      else if (tok.kind === ']') {
        operands.push({ kind: 'op', value: '__array' });
      } else if (array && tok.kind !== 'op') array.push(tok);
      else if (tok.kind === 'op') {
        if (tok.value === 'Tf') {
          const name = operands.find((o) => o.kind === 'name');
          const ref = name ? fonts.get(name.value as string) : undefined;
          font = ref === undefined ? undefined : fontCMap(ref);
        } else if (tok.value === 'Tj' || tok.value === "'" || tok.value === '"') {
          const s = [...operands].reverse().find((o) => o.kind === 'str');
          if (s) out += decode(s.value as Buffer, font);
        } else if (tok.value === 'TJ' && array) {
          for (const a of array) if (a.kind === 'str') out += decode(a.value, font);
        } else if (tok.value === 'ET') out += '\n';
        if (tok.value !== '__array') {
          operands.length = 0;
          if (tok.value === 'TJ') array = null;
        }
      } else operands.push(tok);
    }
    return out;
  });
}

// Noto CJK shares glyphs between ideographs and radicals, and Chromium's ToUnicode maps some of
// them to the radical (⾦ for 金, ⻅ for 见). NFKC folds the Kangxi radicals; these are the rest.
const RADICALS: Record<string, string> = {
  戶: '户',
  '⻅': '见',
  '⺠': '民',
  '⻔': '门',
  '⻓': '长',
  '⻩': '黄',
  '⻢': '马',
  '⻋': '车',
  '⻛': '风',
  '⻜': '飞',
  '⻚': '页',
  '⻉': '贝',
  '⻄': '西',
  '⻘': '青',
  '⻬': '齐',
  '⻳': '龟',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻮': '齿',
  '⻰': '龙',
  '⻣': '骨',
  '⻤': '鬼',
  '⻝': '食',
  '⻠': '饣',
  '⻙': '韦',
  '⻆': '角',
  '⻨': '麦',
  '⻯': '龙',
};

/** Folds the radical code points a PDF may carry back to the ideographs a person reads. */
export function normalizeCjk(s: string): string {
  return s.normalize('NFKC').replace(/[戶⺀-⻿]/g, (c) => RADICALS[c] ?? c);
}

/** All the text of a PDF, radicals folded, every blank removed: for "contains" checks. */
export function pdfSearchText(pdf: Buffer): string {
  return normalizeCjk(pdfPages(pdf).join('')).replace(/\s+/g, '');
}
