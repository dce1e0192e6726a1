// The demo strategist registers an activity in headless Chromium: a first
// try with an end date before the start keeps everything typed and shows
// the message beside the field; the corrected activity appears in the list
// and in the summary's count for its national sub-goal. Every page meets
// WCAG 2.1 AA (axe-core).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser();

// The count of national sub-goal 2017:6 on the summary page.
async function countFor2017_6(page, baseUrl) {
  await page.goto(baseUrl + '/insatser/sammanstallning?county=08&year=2026');
  const row = page.getByRole('row', { name: /2017:6 Mäns våld mot kvinnor ska upphöra/ });
  return Number(await row.locator('td').innerText());
}

test('a strategist registers an activity, fixes an error, and finds it in the list and the summary', async () => {
  const { email, password } = ctx.server.logins.strategist;
  const base = ctx.server.baseUrl;
  const page = await ctx.browser.newPage({ bypassCSP: true });
  await page.goto(base + '/logga-in?next=/insatser');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/insatser$/);
  assert.equal(await page.locator('h1').innerText(), 'Insatser');
  assert.ok((await page.locator('tbody tr').count()) >= 8, 'the demo activities are listed');
  await page.screenshot({ path: path.join(screenshotDir, 'activities-list.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);

  const before = await countFor2017_6(page, base);
  assert.ok(before >= 1, `demo activities count under 2017:6 (got ${before})`);
  assert.deepEqual(await wcagViolations(page), []);

  await page.goto(base + '/insatser');
  await page.getByRole('link', { name: 'Ny insats' }).click();
  await page.waitForURL(/\/insatser\/ny$/);
  assert.deepEqual(await wcagViolations(page), []);
  await page.getByLabel(/^Titel/).fill('Webbinarium om våld i nära relationer');
  await page.getByLabel(/^Typ av insats/).selectOption('utbildning');
  await page.getByLabel(/^Status/).selectOption('genomford');
  await page.getByLabel(/^Startdatum/).fill('2026-10-08');
  await page.getByLabel(/^Slutdatum/).fill('2026-10-01');
  await page.getByLabel(/^Arrangör/).selectOption({ label: 'Exempelkommunen Kalmar (demo)' });
  await page.getByLabel(/^Målgrupper/).fill('Personal inom hälso- och sjukvården');
  await page.getByLabel('Deltagare, kvinnor').fill('27');
  await page.getByLabel('Deltagare, män').fill('6');
  await page.getByRole('checkbox', { name: 'Kvinnojouren Exempel (demo)' }).check();
  await page.getByRole('checkbox', { name: /^FO5\.1 / }).check();
  await page.getByRole('checkbox', { name: '2017:6 Mäns våld mot kvinnor ska upphöra' }).check();
  await page.getByRole('button', { name: 'Spara' }).click();

  // Nothing saved: the message stands beside the end date, the typed values stay.
  await page.waitForSelector('.error-summary');
  assert.match(await page.locator('#end_date-error').innerText(), /Slutdatum: får inte vara före startdatum/);
  assert.equal(await page.getByLabel(/^Slutdatum/).getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel(/^Titel/).inputValue(), 'Webbinarium om våld i nära relationer');
  assert.equal(await page.getByLabel(/^Startdatum/).inputValue(), '2026-10-08');
  assert.equal(await page.getByLabel('Deltagare, kvinnor').inputValue(), '27');
  assert.equal(await page.getByLabel(/^Typ av insats/).inputValue(), 'utbildning');
  assert.ok(await page.getByRole('checkbox', { name: 'Kvinnojouren Exempel (demo)' }).isChecked());
  assert.ok(await page.getByRole('checkbox', { name: /^FO5\.1 / }).isChecked());
  assert.ok(await page.getByRole('checkbox', { name: '2017:6 Mäns våld mot kvinnor ska upphöra' }).isChecked());
  await page.screenshot({ path: path.join(screenshotDir, 'activity-form-error.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);

  await page.getByLabel(/^Slutdatum/).fill('2026-10-08');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.waitForURL(/\/insatser\/\d+\?sparad=1$/);
  assert.equal(await page.locator('h1').innerText(), 'Webbinarium om våld i nära relationer');
  assert.match(await page.getByRole('status').innerText(), /sparad/);
  const main = await page.locator('main').innerText();
  assert.match(main, /Kvinnojouren Exempel \(demo\)/);
  assert.match(main, /FO5\.1 /);
  assert.match(main, /2017:6 Mäns våld mot kvinnor ska upphöra/);
  assert.match(main, /81,8 %/); // 27 of 33
  await page.screenshot({ path: path.join(screenshotDir, 'activity-detail.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);

  await page.goto(base + '/insatser?year=2026&national_goal=2017:6');
  assert.ok((await page.locator('main').innerText()).includes('Webbinarium om våld i nära relationer'));
  assert.deepEqual(await wcagViolations(page), []);

  assert.equal(await countFor2017_6(page, base), before + 1);
  await page.screenshot({ path: path.join(screenshotDir, 'activities-summary.png'), fullPage: true });
  await page.close();
});

test('the public sees only published activities', async () => {
  const page = await ctx.browser.newPage({ bypassCSP: true });
  await page.goto(ctx.server.baseUrl + '/insatser');
  assert.equal(await page.locator('h1').innerText(), 'Insatser');
  const titles = await page.locator('tbody td:first-child').allInnerTexts();
  assert.ok(titles.length >= 1, 'some demo activities are published');
  assert.ok(titles.includes('Kampanj: Våga fråga om våld'));
  assert.ok(!titles.includes('Nätverksträff för kontaktpersoner i anslutna verksamheter'), 'unpublished stays hidden');
  assert.deepEqual(await wcagViolations(page), []);
  await page.close();
});
