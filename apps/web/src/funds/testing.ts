import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * The App tests' axe check, for the funds views: every violation's id and targets. Colour contrast
 * needs a layout engine, so it is checked in the real-browser spec (e2e/funds.spec.ts).
 */
export async function noAxeViolations(container: HTMLElement): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

const HAN = /\p{Script=Han}/u;
const MARKED = '[lang="zh-CN"], [data-proper-name]';

/**
 * The text in Han characters that is neither marked Chinese (`lang="zh-CN"`) nor a proper name
 * (`data-proper-name`), as e2e/stray-chinese.ts finds it in a browser: text, and the attributes
 * people hear. Each as "tag › text", for the failure message.
 */
export function strayHan(container: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (HAN.test(n.textContent ?? '') && !el?.closest(MARKED))
      out.push(`${el?.tagName.toLowerCase()} › ${n.textContent?.trim()}`);
  }
  for (const el of container.querySelectorAll('[aria-label], [title], [placeholder]'))
    for (const a of ['aria-label', 'title', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v && HAN.test(v) && !el.closest(MARKED)) out.push(`@${a} › ${v}`);
    }
  return [...new Set(out)];
}
