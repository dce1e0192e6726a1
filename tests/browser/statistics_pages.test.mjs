// The statistics pages in headless Chromium: pick a measure and a county in
// the form (no JavaScript needed), read the chart's table, and check WCAG 2.1
// AA with axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser();

test('a strategist compares girls and boys born in Kalmar län with its municipalities', async () => {
  const page = await ctx.browser.newPage({ bypassCSP: true, viewport: { width: 1280, height: 1000 } });
  await page.goto(ctx.server.baseUrl + '/');
  await page.getByRole('link', { name: 'Statistik', exact: true }).click();
  await page.getByRole('link', { name: /Live births/ }).click();
  await page.getByLabel('Region', { exact: true }).selectOption('08');
  await page.getByRole('button', { name: 'Visa' }).click();
  await page.waitForURL(/region=08/);

  assert.match(await page.locator('h1').innerText(), /Live births/);
  const h2 = await page.locator('h2').allInnerTexts();
  assert.ok(h2.includes('Kvinnor och män över tid – Kalmar län'), h2.join(' | '));
  assert.ok(h2.includes('Jämförelse 2003: Kalmar läns kommuner'), h2.join(' | '));

  // The chart is an image with a name, and its numbers follow in a table.
  const chart = page.getByRole('img', { name: /Live births.*Kalmar län/ });
  assert.equal(await chart.count(), 1);
  const row2003 = page.locator('table.numbers').first().locator('tbody tr', { hasText: '2003' });
  assert.deepEqual(await row2003.locator('td').allInnerTexts(), ['992', '1\u00a0083', '2\u00a0075', '47,8\u00a0%', '91,6\u00a0%', 'Jämn könsfördelning']);

  // Hultsfred: 39 girls, 60 boys in 2003 — men-dominated by the 40/60 rule.
  const hultsfred = page.locator('table.numbers').nth(1).locator('tbody tr', { hasText: 'Hultsfred' });
  assert.match(await hultsfred.innerText(), /39,4\s%.*Mansdominerad/s);

  await page.screenshot({ path: path.join(screenshotDir, 'statistics-kalmar.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);
  await page.close();
});

test('the CSV download is a Swedish Excel file', async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.server.baseUrl + '/statistik');
  const href = await page.getByRole('link', { name: /Live births/ }).getAttribute('href');
  const response = await page.request.get(ctx.server.baseUrl + href + '/data.csv?region=0880');
  assert.equal(response.status(), 200);
  const body = await response.body();
  assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = body.toString('utf8').slice(1).split('\r\n');
  assert.equal(lines[0], 'Regionkod;Region;Period;Kvinnor;Män;Totalt;Kvinnors andel (%);Kvinnors värde i % av mäns');
  assert.equal(lines[2], '0880;Kalmar;2003;304;316;620;49,0;96,2');
  await page.close();
});
