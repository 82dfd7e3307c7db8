import type { Lang } from '@huinong/benefits';
import type { ReactNode } from 'react';
import { inLang } from '../i18n/i18n.tsx';

const HAN = /\p{Script=Han}/u;

/**
 * A clause reference in the reader's language: 五(一)4(4) → §5(1)4(4). A plan without numbered
 * clauses names them in words (汝州: 2023年下半年农业产业奖补, 西吉: 西党办发〔2025〕17号); those
 * stay as the plan writes them, marked as Chinese text.
 */
export function ClauseRef({ clause, lang }: { clause: string; lang: Lang }) {
  return <Mixed text={clause} lang={lang} />;
}

/** A run of Chinese in an English text: Han characters with the digits and punctuation among them. */
const HAN_RUN =
  /\p{Script=Han}(?:[\p{Script=Han}\d（）〔〕【】《》“”‘’、，。：；…—·\s]*[\p{Script=Han}）〕】》”’…])?/gu;

/**
 * A pack's text in the reader's language. An English text of a pack keeps the plan's own words
 * where it quotes them ('read with "集中连片50亩以上"', a document named by its number): in
 * English those runs are marked as Chinese, so that a screen reader reads them as Chinese and
 * the rest as English.
 */
export function Mixed({ text, lang }: { text: string; lang: Lang }) {
  const shown = inLang(text, lang);
  if (lang !== 'en' || !HAN.test(shown)) return <>{shown}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of shown.matchAll(HAN_RUN)) {
    const i = m.index ?? 0;
    if (i > at) parts.push(shown.slice(at, i));
    parts.push(
      <span key={i} lang="zh-CN">
        {m[0]}
      </span>,
    );
    at = i + m[0].length;
  }
  if (at < shown.length) parts.push(shown.slice(at));
  return <>{parts}</>;
}
