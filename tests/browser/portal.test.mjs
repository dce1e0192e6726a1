// Issue 15, item 1 (engineer P1): the county portal /lan/{code} in headless
// Chromium on the demo data. The public reads Kalmar's portal — strategy,
// statistics per national sub-goal with a chart before its table, the
// comparison with the nation — searches the joined organisations and
// follows the call to action; a county with nothing in it says so. WCAG 2.1
// AA (axe-core) and no horizontal scrolling at 320 CSS px on each page. The
// server's clock stands at 2026-03-31. Pages are opened with the Swedish
// locale: Chromium's own Accept-Language (en-US) would choose English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir, noHorizontalScroll } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

async function checkPage(page, what, shot) {
  assert.deepEqual(await wcagViolations(page), [], what);
  await noHorizontalScroll(page, what);
  await page.screenshot({ path: path.join(screenshotDir, shot), fullPage: true });
}

test('the public reads Kalmar\'s portal, searches the joined organisations and finds how to join', async () => {
  const base = ctx.server.baseUrl;
  const page = await ctx.browser.newPage({ bypassCSP: true, locale: 'sv-SE', viewport: { width: 320, height: 900 } });
  await page.goto(base + '/lan/08');
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('h1').innerText(), 'Jämställdhet i Kalmar län');
  assert.match(await page.locator('#strategy-link').innerText(), /Ett jämställt Kalmar län/);
  const health = page.locator('#delmal-5');
  assert.equal(await health.locator('svg title').count() > 0, true);
  const row = health.locator('tr', { hasText: 'Ohälsotal' }).locator('td');
  assert.deepEqual((await row.allInnerTexts()).slice(1, 4), ['2022', '31,3', '22,0']);
  assert.equal(await page.locator('#organisation-count').innerText(), '3 organisationer');
  await checkPage(page, 'the Kalmar portal', 'portal-08-320.png');

  await page.getByLabel('Sök på namn').fill('västervik');
  await page.getByRole('button', { name: 'Sök' }).click();
  await page.waitForURL(/q=v/);
  assert.match(await page.locator('#organisation-count').innerText(), /^1 organisation av 3/);
  assert.deepEqual(await page.locator('#organisation-list li').allInnerTexts(),
    ['Exempelkommunen Västervik (demo) (Kommun, Västervik)']);
  await checkPage(page, 'the Kalmar portal after a search', 'portal-08-search-320.png');

  await page.getByRole('link', { name: 'Ansök om att ansluta din verksamhet' }).click();
  await page.waitForURL(/\/anslut\/08$/);
  await page.close();
});

test('a county with nothing in it says so, and the portal reads in English, accessibly', async () => {
  const base = ctx.server.baseUrl;
  const page = await ctx.browser.newPage({ bypassCSP: true, locale: 'sv-SE', viewport: { width: 320, height: 900 } });
  await page.goto(base + '/lan/25');
  assert.equal(await page.locator('#no-strategy').innerText(), 'Norrbottens län har ingen antagen jämställdhetsstrategi ännu.');
  assert.equal(await page.locator('#no-report').innerText(), 'Ingen uppföljning av strategin är publicerad ännu.');
  await checkPage(page, 'the Norrbotten portal', 'portal-25-320.png');
  await page.goto(base + '/lan/08?lang=en');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('h1').innerText(), 'Gender equality in Kalmar län');
  await checkPage(page, 'the Kalmar portal in English', 'portal-08-en-320.png');
  const missing = await page.goto(base + '/lan/00');
  assert.equal(missing.status(), 404);
  await page.close();
});
