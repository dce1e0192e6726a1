// Issue 13, item 5: the demo's real Kolada statistics in headless Chromium.
// A visitor opens Kalmar län's ohälsotal (Kolada N00957) from the statistics
// list, reads the 2022 row against the file (kolada-N00957-ohalsotal-kon.csv
// lines 592–593, -totalt.csv line 297), sees no women's share computed from
// days per person, and the page passes axe and fits 320 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser();

test("Kalmar län's ohälsotal from Kolada, women and men, at 320 px", async () => {
  const context = await ctx.browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  await page.goto(ctx.server.baseUrl + '/statistik');
  await page.getByRole('link', { name: 'Ohälsotal, dagar (Kolada N00957)' }).click();
  await page.getByLabel('Region', { exact: true }).selectOption('08');
  await page.getByRole('button', { name: 'Visa' }).click();
  await page.waitForURL(/region=08/);

  assert.match(await page.locator('main').innerText(), /Kolada \(RKA\)/);
  const row2022 = page.locator('table.numbers').first().locator('tbody tr', { hasText: '2022' });
  const cells = await row2022.locator('td').allInnerTexts();
  // Women 31,28, men 22,02, total 26,52 shown with one decimal; no women's share of days.
  assert.deepEqual(cells.slice(0, 4), ['31,3', '22,0', '26,5', '–'], cells.join(' | '));

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the measure page is ${overflow} px wider than the window`);
  await page.screenshot({ path: path.join(screenshotDir, 'demo-real-ohalsotal-320.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);
  await context.close();
});
