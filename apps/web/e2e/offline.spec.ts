import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { type Browser, openBrowser } from './browser.ts';
import { monitoredHousehold, next, total } from './flows.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

describe('offline after the first visit', () => {
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('the service worker caches the app; offline, it still loads, computes and opens the worksheet', async () => {
    const { page, context } = browser;
    await page.goto(baseUrl);
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls: string[] = [];
      for (const n of names)
        for (const r of await (await caches.open(n)).keys()) urls.push(new URL(r.url).pathname);
      return urls;
    });
    expect(cached).toEqual(expect.arrayContaining(['/index.html', '/asset-manifest.json']));
    expect(cached.some((u) => /\/assets\/Worksheet-.*\.js$/.test(u))).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: '谁来申请？' }).waitFor();
    await monitoredHousehold(page, '4', '3000');
    expect(await total(page)).toBe('¥2,800.00');
    await next(page); // 家庭成员
    await next(page);
    await page.getByRole('button', { name: '查看测算结果' }).click();
    await page.getByRole('button', { name: '打开测算表（打印）' }).click();
    await page.getByRole('heading', { name: '衔接资金奖补测算表' }).waitFor();
    expect(await page.getByTestId('ws-total').textContent()).toBe('¥2,800.00');
    // really offline: the network refuses
    const online = await page.evaluate(() =>
      fetch('/asset-manifest.json?bust', { cache: 'no-store' }).then(
        () => 'cache',
        () => 'refused',
      ),
    );
    expect(['cache', 'refused']).toContain(online);
  });
});
