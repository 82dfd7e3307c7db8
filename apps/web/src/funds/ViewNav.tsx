import { useEffect, useRef, useState } from 'react';
import { type Bilingual, useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { parseRuleHash } from '../rules/links.ts';

// this module is on the first visit's path: it must not import @huinong/funds or the views

/** The app's top-level views; the wizard is the default. */
export type View = 'household' | 'roster' | 'register' | 'allocation' | 'plan-check' | 'projects' | 'rules';

/** The views the navigation links to; 补助标准 (`#/rules/…`) is reached from result lines and 项目估算. */
export const VIEWS: readonly { view: View; hash: string; label: MessageKey | Bilingual }[] = [
  { view: 'household', hash: '#/', label: 'view.household' },
  { view: 'roster', hash: '#/roster', label: 'view.roster' },
  { view: 'register', hash: '#/register', label: 'view.register' },
  { view: 'allocation', hash: '#/allocation', label: 'view.allocation' },
  { view: 'plan-check', hash: '#/plan-check', label: 'view.planCheck' },
  { view: 'projects', hash: '#/projects', label: { zh: '项目估算', en: 'Projects' } },
];

/**
 * The view a location hash names, or null for a hash that is not a view (`#main`, the skip link's
 * target), which leaves the view as it is. No hash is the wizard. This is a pure function.
 */
export function viewOfHash(hash: string): View | null {
  if (hash === '' || hash === '#') return 'household';
  const rule = parseRuleHash(hash);
  if (rule) return rule.view;
  // a case of the register: #/register/ID
  if (hash.startsWith('#/register/')) return 'register';
  return VIEWS.find((v) => v.hash === hash)?.view ?? null;
}

/** The current view, from the location hash, and whether the person has moved between views. */
export function useView(): { view: View; moved: boolean } {
  const [state, setState] = useState(() => ({
    view: viewOfHash(window.location.hash) ?? 'household',
    moved: false,
  }));
  // the hash of the page shown (a rule page's names its pack and standard), to put back after #main
  const current = useRef(viewOfHash(window.location.hash) ? window.location.hash : '');
  useEffect(() => {
    const onHash = () => {
      const view = viewOfHash(window.location.hash);
      if (view) {
        current.current = view === 'household' ? '' : window.location.hash;
        setState((s) => (s.view === view ? s : { view, moved: true }));
        return;
      }
      // an in-page link (the skip link's #main) has been followed: the browser has scrolled and
      // moved the focus; put the view's hash back so a reload or a bookmark keeps the view
      const { pathname, search } = window.location;
      const hash = current.current === '#/' ? '' : current.current;
      window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return state;
}

/** 逐户测算 / 名册筛查 / 资金分配 / 方案核对: links, so a view can be bookmarked and the back button works. */
export function ViewNav({ current }: { current: View }) {
  const { t, pick } = useI18n();
  return (
    <nav className="views no-print" aria-label={t('view.nav')}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v.view}>
            <a href={v.hash} aria-current={v.view === current ? 'page' : undefined}>
              {typeof v.label === 'string' ? t(v.label) : pick(v.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
