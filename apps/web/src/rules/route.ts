import { useEffect, useState } from 'react';
import { parseRuleHash, type RuleRoute } from './links.ts';

const NONE: RuleRoute = { view: 'rules', packId: null, standardId: null };

/**
 * The pack and standard the location hash names (`#/rules/PACK/STANDARD`), following the links
 * between rule pages, which change the hash but not the view.
 */
export function useRuleRoute(): RuleRoute {
  const [route, setRoute] = useState<RuleRoute>(() => parseRuleHash(window.location.hash) ?? NONE);
  useEffect(() => {
    const onHash = () => {
      const next = parseRuleHash(window.location.hash);
      if (next)
        setRoute((r) =>
          r.view === next.view && r.packId === next.packId && r.standardId === next.standardId ? r : next,
        );
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}
