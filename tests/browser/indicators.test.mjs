// Issue 13 (engineer IA): an indicator's page in headless Chromium. The
// public opens an indicator of Kalmar's strategy from the strategy page; a
// strategist of the county types in two years' values (one refused first,
// its message beside the field) and sees the chart, the table and the
// progress status with its sentence. WCAG 2.1 AA (axe-core) and no
// horizontal scrolling at 320 px. The server's clock stands at 2026-03-31.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir, signIn, noHorizontalScroll } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });
const INDICATOR = 'Ordförande, kommun- och regionstyrelser';

async function typeYear(page, year, women, men) {
  await page.getByLabel(/^År/).fill(year);
  await page.getByLabel('Kvinnor', { exact: true }).fill(women);
  await page.getByLabel('Män', { exact: true }).fill(men);
  await page.getByLabel(/^Källa/).fill('Kommunernas och regionens webbplatser');
  await page.getByRole('button', { name: 'Spara värdena' }).click();
}

test('the public reads an indicator; a strategist types in its values and sees the status', async () => {
  const base = ctx.server.baseUrl;
  const publicPage = await ctx.browser.newPage({ bypassCSP: true, viewport: { width: 320, height: 900 } });
  await publicPage.goto(base + '/');
  await publicPage.getByRole('link', { name: /Kalmar/ }).first().click();
  await publicPage.waitForURL(/\/strategier\/\d+$/);
  const row = publicPage.locator('table.indicators tr', { hasText: INDICATOR });
  await row.getByRole('link', { name: 'Inga värden' }).click();
  await publicPage.waitForURL(/\/indikatorer\/\d+$/);
  const indicatorUrl = publicPage.url();
  assert.equal(await publicPage.locator('h1').innerText(), INDICATOR);
  assert.match(await publicPage.locator('#status-text').innerText(), /För lite data/);
  assert.equal(await publicPage.getByRole('button', { name: 'Spara värdena' }).count(), 0);
  assert.deepEqual(await wcagViolations(publicPage), []);
  await noHorizontalScroll(publicPage, 'the public indicator page');

  const context = await ctx.browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  await signIn(page, base, ctx.server.logins.strategist);
  await page.goto(indicatorUrl);
  await typeYear(page, '2022', '3', 'nio');
  assert.match(await page.locator('#men-error').innerText(), /Ange ett tal/);
  assert.deepEqual(await wcagViolations(page), []);
  await typeYear(page, '2022', '3', '9');
  await page.waitForURL(/sparat=2022/);
  await typeYear(page, '2024', '4', '8');
  await page.waitForURL(/sparat=2024/);
  assert.equal(await page.getByRole('status').innerText(), 'Värdena för 2024 är sparade.');

  assert.equal(await page.getByRole('img', { name: INDICATOR }).count(), 1);
  const cells = await page.locator('#indicator-values tbody tr', { hasText: '2024' }).locator('td').allInnerTexts();
  assert.deepEqual(cells.slice(0, 3), ['4', '8', '..']);  // a percent indicator: no total is made up
  assert.match(await page.locator('#status-rubrik').innerText(), /Måttliga framsteg/);
  assert.equal(await page.locator('#status-text').innerText(),
    // Percentages of women and of men, not people: the sentence says what the share is of.
    'Kvinnors andel av kvinnors och mäns värden sammanlagt har ökat från 25 % (2022) till 33,3 % (2024); ' +
    'målet 50 % nås i nuvarande takt 2028.');
  await page.screenshot({ path: path.join(screenshotDir, 'indicator-320.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);
  await noHorizontalScroll(page, 'the indicator page with values');

  // The public sees the values too, and the strategy page shows the latest one with the status.
  await publicPage.goto(indicatorUrl);
  assert.match(await publicPage.locator('#status-rubrik').innerText(), /Måttliga framsteg/);
  await publicPage.goBack();
  await publicPage.goto(base + '/');
  await publicPage.getByRole('link', { name: /Kalmar/ }).first().click();
  const latest = publicPage.locator('table.indicators tr', { hasText: INDICATOR });
  assert.match(await latest.innerText(), /2024: kvinnor 4, män 8.*Måttliga framsteg/s);
  await context.close();
  await publicPage.close();
});
