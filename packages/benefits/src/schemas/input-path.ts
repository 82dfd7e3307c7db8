/**
 * Where in the input an engine path points: the one mapping from a validation error's path
 * (`activities.0.head`, `members.1.workTrips.0.place.city`, `facts.riskStatus`) back to what the
 * user filled in — a form field in the web app, a cell in the roster. Each edge maps these
 * targets to its own keys. This is a pure function.
 */
export type InputTarget =
  | { readonly part: 'subject'; readonly field: string }
  | { readonly part: 'fact'; readonly key: string }
  | { readonly part: 'activity'; readonly index: number; readonly field: string | null }
  | {
      readonly part: 'section';
      readonly section: 'labor' | 'orders' | 'land' | 'reviewedSupport';
      readonly field: string | null;
    }
  | {
      readonly part: 'member';
      readonly index: number;
      /** the member's own field (name, idNumber, travelGrantsReceived…) or a section of it */
      readonly section: 'student' | 'publicPost' | 'workTrips' | 'loans' | 'mutualFundLoans' | null;
      /** the trip, loan or borrowing within the section */
      readonly item: number | null;
      /** the field within the member, section or item (`place.city`, `events.0.date`) */
      readonly field: string | null;
    };

const SECTIONS = new Set(['labor', 'orders', 'land', 'reviewedSupport']);
const MEMBER_SECTIONS = new Set(['student', 'publicPost', 'workTrips', 'loans', 'mutualFundLoans']);
const LISTS = new Set(['workTrips', 'loans', 'mutualFundLoans']);
const index = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : null);

export function inputTarget(path: string): InputTarget | null {
  const keys = path.split('.');
  const [head, second] = keys;
  if (head === undefined || head === '') return null;
  if (head === 'facts') return second ? { part: 'fact', key: second } : null;
  if (head === 'activities') {
    const i = index(second);
    return i === null ? null : { part: 'activity', index: i, field: keys.slice(2).join('.') || null };
  }
  if (SECTIONS.has(head))
    return { part: 'section', section: head as 'labor', field: keys.slice(1).join('.') || null };
  if (head === 'members') {
    const i = index(second);
    if (i === null) return null;
    const third = keys[2];
    if (third === undefined) return { part: 'member', index: i, section: null, item: null, field: null };
    if (!MEMBER_SECTIONS.has(third))
      return { part: 'member', index: i, section: null, item: null, field: keys.slice(2).join('.') };
    const section = third as 'student';
    if (LISTS.has(third)) {
      const item = index(keys[3]);
      return {
        part: 'member',
        index: i,
        section,
        item,
        field: keys.slice(item === null ? 3 : 4).join('.') || null,
      };
    }
    return { part: 'member', index: i, section, item: null, field: keys.slice(3).join('.') || null };
  }
  return { part: 'subject', field: path };
}
