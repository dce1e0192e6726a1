// The organisation register in Chromium: a strategist registers an
// organisation (a wrong organisation number first: the typed values stay and
// the message stands beside its field), an organisation contact changes
// their own organisation; every page meets WCAG 2.1 AA.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser();

async function logIn(page, { email, password }) {
  await page.goto(ctx.server.baseUrl + '/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
}

test('a strategist registers an organisation, correcting a wrong organisation number', async () => {
  const page = await ctx.browser.newPage({ bypassCSP: true });
  await logIn(page, ctx.server.logins.strategist);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisationer' }).click();
  await page.waitForURL(/\/organisationer$/);
  // The registers' seven demo organisations, and the reporting demo's ten
  // further Kalmar municipalities and police region.
  assert.match(await page.getByRole('status').innerText(), /18 poster/);
  assert.deepEqual(await wcagViolations(page), []);

  await page.getByRole('link', { name: 'Ny organisation' }).click();
  await page.getByLabel('Namn').fill('Föreningen Jämlikt Kalmar');
  await page.getByLabel('Organisationsnummer').fill('802400-1234');
  await page.getByLabel('Typ').selectOption('civilsamhalle');
  await page.getByLabel('Kommun', { exact: true }).selectOption('0880');
  await page.getByLabel('Webbplats').fill('jamlikt.exempel.se');
  await page.getByRole('button', { name: 'Spara' }).click();

  await page.waitForSelector('.error-summary');
  assert.match(await page.locator('#org_number-error').innerText(), /kontrollsiffra/);
  assert.match(await page.locator('#website-error').innerText(), /https:\/\//);
  assert.equal(await page.getByLabel('Namn').inputValue(), 'Föreningen Jämlikt Kalmar');
  assert.equal(await page.getByLabel('Organisationsnummer').inputValue(), '802400-1234');
  assert.equal(await page.getByLabel('Typ').inputValue(), 'civilsamhalle');
  assert.equal(await page.getByLabel('Kommun', { exact: true }).inputValue(), '0880');
  assert.equal(await page.getByLabel('Organisationsnummer').getAttribute('aria-invalid'), 'true');
  await page.screenshot({ path: path.join(screenshotDir, 'organisation-form-errors.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);

  // 802400-123 with its Luhn check digit 5.
  await page.getByLabel('Organisationsnummer').fill('802400-1235');
  await page.getByLabel('Webbplats').fill('https://jamlikt.exempel.se');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.waitForSelector('.notice');
  assert.equal(await page.locator('h1').innerText(), 'Föreningen Jämlikt Kalmar');
  const record = await page.locator('dl.record').innerText();
  assert.match(record, /802400-1235/);
  assert.match(record, /Civilsamhälle/);
  assert.match(record, /Kalmar län/);
  assert.match(await page.locator('#historik ~ .table-scroll').innerText(), /strateg\.kalmar@jamt\.local/);
  await page.screenshot({ path: path.join(screenshotDir, 'organisation-saved.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);
  await page.close();
});

test('an organisation contact sees and changes only their own organisation', async () => {
  const page = await ctx.browser.newPage({ bypassCSP: true });
  await logIn(page, ctx.server.logins['kontakt.kalmar@jamt.local']);
  await page.goto(ctx.server.baseUrl + '/organisationer');
  assert.match(await page.getByRole('status').innerText(), /1 post/);
  await page.getByRole('link', { name: 'Exempelkommunen Kalmar (demo)' }).click();
  await page.getByRole('link', { name: 'Ändra' }).click();
  await page.getByLabel('CEMR-deklarationen undertecknad').fill('2024-03-08');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.waitForSelector('.notice');
  assert.match(await page.locator('dl.record').innerText(), /2024-03-08/);
  assert.deepEqual(await wcagViolations(page), []);

  // Another organisation answers like one that does not exist (issue 9, item 14).
  const other = await page.goto(ctx.server.baseUrl + '/organisationer/2');
  assert.equal(other.status(), 404);
  await page.close();
});
