/**
 * A small push scanner for the XML of .xlsx parts: tags and text, fed in chunks. It knows just
 * enough XML for SpreadsheetML (namespace prefixes, self-closing tags, comments, CDATA,
 * processing instructions); entities are decoded by the caller, once per value.
 */
export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(raw: string): void;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

export class XmlScanner {
  private buf = '';

  constructor(private readonly h: XmlHandler) {}

  push(chunk: string): void {
    this.buf = this.buf.length ? this.buf + chunk : chunk;
    const s = this.buf;
    const h = this.h;
    let pos = 0;
    const n = s.length;
    while (pos < n) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        h.text(s.slice(pos));
        pos = n;
        break;
      }
      if (lt > pos) h.text(s.slice(pos, lt));
      pos = lt;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */) {
        if (s.startsWith('<![CDATA[', lt)) {
          const e = s.indexOf(']]>', lt + 9);
          if (e < 0) break;
          // CDATA is literal: escape it so the caller's entity decoding leaves it as is
          h.text(s.slice(lt + 9, e).replace(/&/g, '&amp;'));
          pos = e + 3;
          continue;
        }
        if (s.startsWith('<!--', lt)) {
          const e = s.indexOf('-->', lt + 4);
          if (e < 0) break;
          pos = e + 3;
          continue;
        }
      }
      const gt = s.indexOf('>', lt + 1);
      if (gt < 0) break;
      pos = gt + 1;
      if (c1 === 47 /* / */) {
        h.close(localName(s.slice(lt + 2, gt).trim()));
        continue;
      }
      if (c1 === 63 /* ? */ || c1 === 33 /* ! */) continue;
      let end = gt;
      const selfClosing = s.charCodeAt(gt - 1) === 47;
      if (selfClosing) end = gt - 1;
      let i = lt + 1;
      while (i < end) {
        const c = s.charCodeAt(i);
        if (c === 32 || c === 9 || c === 10 || c === 13) break;
        i++;
      }
      h.open(localName(s.slice(lt + 1, i)), s.slice(i, end), selfClosing);
    }
    this.buf = pos < n ? s.slice(pos) : '';
  }

  /** True when input ended in the middle of a tag. */
  get incomplete(): boolean {
    return this.buf.trim().length > 0;
  }
}

const ATTR_CACHE = new Map<string, RegExp>();

/** The value of attribute `name` (any namespace prefix) in a tag's attribute text. */
export function attr(attrs: string, name: string): string | undefined {
  if (attrs.length === 0) return undefined;
  let re = ATTR_CACHE.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:[A-Za-z_][\\w.-]*:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTR_CACHE.set(name, re);
  }
  const m = re.exec(attrs);
  if (!m) return undefined;
  return decodeXml(m[1] ?? m[2] ?? '');
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function fromCode(code: number): string {
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}

/** Decodes XML entities and the OOXML `_xHHHH_` escapes (Excel writes `_x000D_` for a CR). */
export function decodeXml(raw: string): string {
  let s = raw;
  if (s.includes('&'))
    s = s.replace(ENTITY, (_, e: string) =>
      e[0] === '#'
        ? fromCode(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10))
        : (NAMED[e] as string),
    );
  if (s.includes('_x'))
    s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  return s;
}

// XML 1.0 forbids most control characters; OOXML writes them as _xHHHH_. A literal "_xHHHH_"
// in the text has its underscore escaped (_x005F_) so that it reads back as written.
const NEEDS_ESCAPE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids, matched to escape them
  /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ESCAPE_ALL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: as above
  /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an element or attribute value of a SpreadsheetML part. */
export function encodeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPE_ALL, (c) => {
    if (c === '&') return '&amp;';
    if (c === '<') return '&lt;';
    if (c === '>') return '&gt;';
    if (c === '_') return '_x005F_';
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
    return `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
  });
}

/** Escapes an attribute value (quotes too). */
export function encodeAttr(text: string): string {
  return encodeXml(text).replace(/"/g, '&quot;');
}
