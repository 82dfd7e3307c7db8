/**
 * The nearest known name to a word, by edit distance (Levenshtein, on code points), for "did you
 * mean" messages: a misspelt field (`are` → `area`) or a roster header (面积（母） → 面积（亩）).
 */

/**
 * Edit distance between two strings (insertions, deletions, substitutions and swaps of two
 * neighbours: "haed" is one edit from "head"), giving up (returning `limit + 1`) once it exceeds
 * `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      let d = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      cur.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    before = prev;
    prev = cur;
  }
  return prev[y.length] as number;
}

/**
 * The candidate nearest to `word`, when it is near enough to be a slip: at most a third of the
 * word's length away (at least 1, at most 3 edits); ties go to the first candidate. Case and
 * full-width forms are ignored. This is a pure function.
 */
export function closestName(word: string, candidates: Iterable<string>): string | null {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase();
  const w = fold(word);
  const limit = Math.min(3, Math.max(1, Math.floor(Array.from(w).length / 3)));
  let best: string | null = null;
  let bestD = limit + 1;
  for (const c of candidates) {
    if (c === word) continue;
    const d = editDistance(w, fold(c), Math.min(limit, bestD - 1));
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
