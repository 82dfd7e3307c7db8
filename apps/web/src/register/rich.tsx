import { Fragment, type ReactNode } from 'react';

/**
 * A message whose `{name}` placeholders are filled with elements (a name marked as a proper name,
 * a document number quoted in Chinese); placeholders not given are left as they are.
 */
export function rich(template: string, parts: Readonly<Record<string, ReactNode>>): ReactNode {
  return template.split(/\{(\w+)\}/).map((piece, i) =>
    i % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed template
      <Fragment key={i}>{piece in parts ? parts[piece] : `{${piece}}`}</Fragment>
    ) : (
      piece
    ),
  );
}

/**
 * A message naming people or places (`{name}`, `{place}`): in English each is marked as a proper
 * name; in Chinese, where nothing needs marking, the message stays one text.
 */
export function named(
  lang: 'zh' | 'en',
  template: string,
  names: Readonly<Record<string, string>>,
): ReactNode {
  if (lang === 'en')
    return rich(
      template,
      Object.fromEntries(Object.entries(names).map(([k, v]) => [k, <Name key={k}>{v}</Name>])),
    );
  return template.replace(/\{(\w+)\}/g, (m, k: string) => names[k] ?? m);
}

const HAN = /\p{Script=Han}/u;

/** A proper name (a person, a village, a file): shown as it is written, in any language. */
export function Name({ children }: { children: string }) {
  return <span data-proper-name="">{children}</span>;
}

/**
 * A text someone typed (a note, an objection): marked Chinese when it is, so that it is read
 * out as Chinese in the English interface.
 */
export function typedLang(text: string): { lang?: 'zh-CN' } {
  return HAN.test(text) ? { lang: 'zh-CN' } : {};
}

/** The document number of the county's minimum period, quoted as it is written. */
export const COUNTY_DOC = <span lang="zh-CN">国开办发〔2017〕50号</span>;
