// "Jämför kön efter" on a measure page in headless Chromium: with the script
// the intersectional section changes in place and the live region says what
// now shows; without it the GET form does the same. At 320 px nothing
// scrolls sideways, and axe finds no WCAG 2.1 AA violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser();

async function measureUrl(page) {
  await page.goto(ctx.server.baseUrl + '/statistik');
  return ctx.server.baseUrl + await page.getByRole('link', { name: /Live births/ }).getAttribute('href');
}

test('choosing a dimension changes the section in place and the live region announces it', async () => {
  const page = await ctx.browser.newPage({ bypassCSP: true, viewport: { width: 320, height: 900 } });
  const url = await measureUrl(page);
  await page.goto(url + '?region=08');
  const live = page.locator('#jamfor-meddelande');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  assert.equal(await live.innerText(), '');
  assert.equal(await page.locator('#korsanalys-title').count(), 0);

  await page.getByLabel('Jämför kön efter').selectOption('maternal age');
  await page.waitForFunction(() => document.getElementById('jamfor-meddelande').textContent.includes('kategorier'));
  const said = await live.innerText();
  assert.match(said, /^Visar kvinnor och män efter maternal age, Kalmar län 2003\. \d+ av \d+ kategorier har jämn könsfördelning/);
  assert.match(page.url(), /by=maternal\+age|by=maternal%20age/);
  // The chart and its table, the same sentence under the table.
  assert.equal(await page.getByRole('img', { name: /efter maternal age/ }).count(), 1);
  const table = page.getByRole('table', { name: /kvinnor och män efter maternal age/ });
  assert.equal(await table.count(), 1);
  const headers = await table.locator('thead th').allInnerTexts();
  assert.deepEqual(headers, ['maternal age', 'Kvinnor', 'Män', 'Totalt', 'Kvinnors andel', 'Kvinnor i % av män', '40/60']);
  assert.ok(said.endsWith(await page.locator('#korsanalys-summering').innerText()));
  // The time-series total is not one of the categories.
  assert.equal(await table.locator('tbody th', { hasText: /^tot$/ }).count(), 0);

  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(sideways <= 0, `the page scrolls ${sideways}px sideways at 320 px`);
  await page.screenshot({ path: path.join(screenshotDir, 'intersection-320.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);

  // Back to sex only: the section goes, and that is said too.
  await page.getByLabel('Jämför kön efter').selectOption('');
  await page.waitForFunction(() => document.getElementById('jamfor-meddelande').textContent.includes('borttagen'));
  assert.equal(await page.locator('#korsanalys-title').count(), 0);
  await page.close();
});

test('without JavaScript the form shows the same section', async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const url = await measureUrl(page);
  await page.goto(url + '?region=0880');
  await page.getByLabel('Jämför kön efter').selectOption('maternal age');
  await page.getByRole('button', { name: 'Visa' }).click();
  await page.waitForURL(/by=maternal/);
  const h2 = await page.locator('h2').allInnerTexts();
  assert.ok(h2.includes('Kvinnor och män efter maternal age 2003 – Kalmar'), h2.join(' | '));
  // Mother aged 30, Kalmar 2003: 31 girls, 32 boys (BE0101D1, read by hand in real_statistics_test).
  const row30 = page.getByRole('table', { name: /efter maternal age/ }).locator('tbody tr', { has: page.locator('th', { hasText: /^30$/ }) });
  assert.deepEqual((await row30.locator('td').allInnerTexts()).slice(0, 3), ['31', '32', '63']);
  assert.match(await page.locator('#korsanalys-summering').innerText(), /kategorier har jämn könsfördelning/);
  await page.screenshot({ path: path.join(screenshotDir, 'intersection-no-script.png'), fullPage: true });
  await context.close();
});
