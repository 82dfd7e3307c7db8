import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type MessageKey, messages } from './messages.ts';
import { englishTerms } from './terms.ts';

export type Lang = 'zh' | 'en';

/** A text of the engine or a pack in the reader's language, its Chinese terms in English (`englishTerms`). */
export function inLang(text: string, lang: Lang): string {
  return lang === 'en' ? englishTerms(text) : text;
}

/** A text in both languages, Chinese first. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

const LANG_KEY = 'huinong.lang';

export interface I18n {
  readonly lang: Lang;
  setLang(lang: Lang): void;
  /** a UI message, with `{name}` placeholders filled from `vars` */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** pick the reader's language from a bilingual text */
  pick(text: Bilingual): string;
}

/** A message template in one language with its `{name}` placeholders filled from `vars`. */
export function fill(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const s = fill(messages[key][lang], vars);
  return lang === 'en' ? englishTerms(s) : s;
}

function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

const I18nContext = createContext<I18n>({
  lang: 'zh',
  setLang: () => {},
  t: (key, vars) => translate('zh', key, vars),
  pick: (text) => text.zh,
});

/** Chinese first; the choice of English is remembered on this device. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? storedLang());
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      // private mode: the choice lasts for this visit only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(lang, 'app.title');
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      pick: (text) => (lang === 'en' ? englishTerms(text.en) : text.zh),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/**
 * `t` over a view's own message table (loaded with the view's chunk, not on the first visit), on
 * the app's language switch.
 */
export function useMessages<K extends string>(table: Record<K, Bilingual>) {
  const { lang, pick } = useI18n();
  const t = (key: K, vars?: Record<string, string | number>): string =>
    inLang(fill(table[key][lang], vars), lang);
  return { lang, pick, t };
}
