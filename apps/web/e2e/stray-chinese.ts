import type { Page } from 'playwright-core';

/**
 * The text on screen in Han characters that is neither quoted clause text (`lang="zh-CN"`) nor a
 * proper name (`data-proper-name`): each as "its element › its text", for the failure message.
 */
export async function strayChinese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const han = /\p{Script=Han}/u;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!han.test(text)) continue;
      const el = n.parentElement;
      if (!el || el.closest('[lang="zh-CN"], [data-proper-name], script, style, [hidden]')) continue;
      if (el.closest('option') && !el.closest('select')?.checkVisibility()) continue;
      if (!el.checkVisibility() && !el.closest('details')) continue;
      out.push(`${el.tagName.toLowerCase()}.${el.className} › ${text.trim().slice(0, 80)}`);
    }
    // attributes people hear: labels and titles
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]'))
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v && han.test(v) && !el.closest('[lang="zh-CN"], [data-proper-name]')) out.push(`@${a} › ${v}`);
      }
    return [...new Set(out)];
  });
}

/** Opens `hash` with the interface in English (the choice kept in localStorage, as a user makes it). */
export async function english(page: Page, baseUrl: string, hash = '') {
  await page.goto(`${baseUrl}${hash}`);
  await page.evaluate(() => localStorage.setItem('huinong.lang', 'en'));
  await page.reload();
}
