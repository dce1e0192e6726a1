// An administrator logs in and uploads a Statistics Sweden PX file covering
// every county (national figures: a strategist may import only their own
// county's) in headless Chromium; the upload page meets WCAG 2.1 AA.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir, repoRoot } from './harness.mjs';

const ctx = withServerAndBrowser();

test('an administrator logs in and imports population by county and sex', async () => {
  const { email, password } = ctx.server.logins.admin;
  const page = await ctx.browser.newPage({ bypassCSP: true });
  await page.goto(ctx.server.baseUrl + '/statistik');
  await page.getByRole('link', { name: 'Importera statistik' }).click();
  await page.waitForURL(/\/logga-in/);
  assert.deepEqual(await wcagViolations(page), []);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/statistik\/importera$/);
  assert.equal(await page.locator('h1').innerText(), 'Importera statistik');

  const file = path.join(repoRoot, 'tests', 'data', 'px', 'Doublecolumn', 'BE0101N1doublecol.px');
  await page.getByLabel('Fil').setInputFiles(file);
  await page.getByRole('button', { name: 'Importera' }).click();
  await page.waitForSelector('#klart-rubrik');
  assert.equal(await page.locator('#klart-rubrik').innerText(), 'Importen är klar');
  assert.match(await page.getByRole('status').innerText(), /84 värden, 21 regioner, 2 perioder/);
  await page.screenshot({ path: path.join(screenshotDir, 'import-done.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);

  // The import is listed on the batches page, which meets WCAG 2.1 AA, and
  // a plain form (no JavaScript) rolls it back.
  await page.getByRole('link', { name: 'Tidigare importer – se eller ångra en import' }).click();
  await page.waitForURL(/\/statistik\/importer$/);
  assert.equal(await page.locator('h1').innerText(), 'Importer av statistik');
  const row = page.locator('tbody tr').first();
  assert.match(await row.innerText(), /BE0101N1doublecol\.px \(px\)/);
  assert.match(await row.innerText(), /Hela landet/);
  assert.deepEqual(await wcagViolations(page), []);
  await page.screenshot({ path: path.join(screenshotDir, 'import-batches.png'), fullPage: true });
  await row.getByRole('button', { name: /Ångra import \d+/ }).click();
  await page.waitForURL(/\/statistik\/importer\?angrad=\d+$/);
  assert.match(await page.getByRole('status').first().innerText(), /är ångrad/);
  assert.match(await page.locator('tbody tr').first().innerText(), /Ångrad/);
  assert.deepEqual(await wcagViolations(page), []);

  // The measure itself stays listed among the statistics.
  await page.goto(ctx.server.baseUrl + '/statistik');
  assert.ok((await page.locator('main').innerText()).includes('BE0101N1'));
  await page.close();
});
