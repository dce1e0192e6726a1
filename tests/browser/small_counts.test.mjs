// Issue 15, item 2: small numbers protected in public. The demo's reported
// figures (invented) are counts of persons by municipality; a visitor opens
// the statistics of "Våldsutsatta vuxna som fått stöd av socialtjänsten"
// (the quarterly form, VNR_KVARTAL.E1) for Kalmar län and finds the municipalities' small counts shown as "..", the
// reason said once, the page clean for axe and without sideways scrolling at
// 320 CSS px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, noHorizontalScroll, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });
const reason = 'Värden under 5 personer visas som .. för att skydda enskilda.';

test('the public sees small counts as .. with the reason once, axe clean at 320 px', async () => {
  const context = await ctx.browser.newContext({ bypassCSP: true, locale: 'sv-SE', viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  await page.goto(ctx.server.baseUrl + '/statistik');
  // The quarterly form's measure: it has figures per municipality.
  await page.locator('tr', { hasText: 'VNR_KVARTAL.E1' }).getByRole('link').click();
  await page.getByLabel('Region', { exact: true }).selectOption('08');
  await page.getByRole('button', { name: 'Visa' }).click();
  await page.waitForURL(/region=08/);

  const main = await page.locator('main').innerText();
  assert.equal(main.split(reason).length - 1, 1, 'the reason is said once');
  const cells = await page.locator('main table td').allInnerTexts();
  assert.ok(cells.includes('..'), `some municipality's count reads "..": ${cells.join(' | ')}`);

  await noHorizontalScroll(page, 'the measure page with protected counts');
  await page.screenshot({ path: path.join(screenshotDir, 'small-counts-320.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);

  // In English the reason is said in English, once.
  await page.goto(page.url() + '&lang=en');
  const english = await page.locator('main').innerText();
  assert.equal(english.split('Values below 5 persons are shown as .. to protect individuals.').length - 1, 1);
  assert.deepEqual(await wcagViolations(page), []);
  await context.close();
});
