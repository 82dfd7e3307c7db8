import type { Lang } from '@huinong/benefits';
import { inLang } from '../i18n/i18n.tsx';

const HAN = /\p{Script=Han}/u;

/**
 * A clause reference in the reader's language: 五(一)4(4) → §5(1)4(4). A plan without numbered
 * clauses names them in words (汝州: 2023年下半年农业产业奖补); those stay as the plan writes
 * them, marked as Chinese text.
 */
export function ClauseRef({ clause, lang }: { clause: string; lang: Lang }) {
  const shown = inLang(clause, lang);
  return lang === 'en' && HAN.test(shown) ? <span lang="zh-CN">{shown}</span> : <>{shown}</>;
}
