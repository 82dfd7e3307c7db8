// this module is on the first visit's path (result lines link to rule pages): no engine, no pack

/**
 * The address of a standard's rule page: `#/rules/xixiang-2023/monitored-pig`. Every result line
 * links here, so that its clause, conditions and a worked example are one click away.
 * This is a pure function.
 */
export function ruleHref(packId: string, standardId: string): string {
  return `#/rules/${encodeURIComponent(packId)}/${encodeURIComponent(standardId)}`;
}

/** The address of a pack's list of standards and limits: `#/rules/xixiang-2023`. */
export function rulesIndexHref(packId: string): string {
  return `#/rules/${encodeURIComponent(packId)}`;
}

/** The address of the 项目估算 view, for a pack when one is named: `#/projects/xixiang-2023`. */
export function projectsHref(packId?: string): string {
  return packId ? `#/projects/${encodeURIComponent(packId)}` : '#/projects';
}

/** What a `#/rules/…` or `#/projects/…` hash names; null for any other hash. */
export interface RuleRoute {
  readonly view: 'rules' | 'projects';
  readonly packId: string | null;
  readonly standardId: string | null;
}

/**
 * Reads a location hash: `#/rules`, `#/rules/PACK`, `#/rules/PACK/STANDARD`, `#/projects`,
 * `#/projects/PACK`. This is a pure function.
 */
export function parseRuleHash(hash: string): RuleRoute | null {
  const m = /^#\/(rules|projects)(?:\/([^/?#]*))?(?:\/([^/?#]*))?\/?$/.exec(hash);
  if (!m) return null;
  const view = m[1] as RuleRoute['view'];
  const decode = (s: string | undefined) => {
    if (!s) return null;
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const packId = decode(m[2]);
  const standardId = view === 'rules' ? decode(m[3]) : null;
  if (view === 'projects' && m[3]) return null;
  return { view, packId, standardId };
}
