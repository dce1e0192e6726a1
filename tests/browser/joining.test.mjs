// The whole joining workflow in headless Chromium: the public applies at
// /anslut/08 (first with a mistake), the demo strategist approves, and the
// organisation appears on the public list; every page meets WCAG 2.1 AA.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser();

test('an organisation applies, the strategist approves it, and it is listed as joined', async () => {
  const base = ctx.server.baseUrl;
  const publicContext = await ctx.browser.newContext({ bypassCSP: true });
  const page = await publicContext.newPage();

  // The public list links to the application form.
  await page.goto(base + '/anslutna/08');
  assert.ok(!(await page.locator('main').innerText()).includes('Webbföreningen Exempel'));
  await page.getByRole('link', { name: 'Ansök om att ansluta din verksamhet' }).click();
  await page.waitForURL(/\/anslut\/08$/);
  assert.deepEqual(await wcagViolations(page), []);

  // First with a mistyped organisation number.
  await page.getByRole('textbox', { name: /^Organisationens namn/ }).fill('Webbföreningen Exempel');
  await page.getByLabel('Organisationsnummer').fill('802000-0021');
  await page.getByLabel('Typ av organisation').selectOption('civilsamhalle');
  await page.getByLabel('Kommun', { exact: true }).selectOption('0880');
  await page.getByLabel('Kontaktpersonens namn').fill('Webb Testsson');
  await page.getByLabel('Kontaktpersonens e-post').fill('webb@exempel.se');
  await page.getByLabel('Kontaktpersonens telefon').fill('0480-555 55');
  await page.getByLabel('Datum för ledningsbeslut').fill('2025-01-20');
  await page.getByLabel('Länk till insats- eller handlingsplan').fill('https://webbforeningen.exempel.se/plan');
  await page.getByLabel('Vi samtycker').check();
  await page.getByRole('button', { name: 'Skicka ansökan' }).click();
  await page.waitForSelector('#org_number-error');

  // The message is beside its field and everything typed is still there.
  assert.match(await page.locator('.field:has(#field-org_number) #org_number-error').innerText(), /kontrollsiffra/);
  assert.equal(await page.locator('#field-org_number').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#field-org_number').getAttribute('aria-describedby'), /org_number-error/);
  assert.equal(await page.getByRole('textbox', { name: /^Organisationens namn/ }).inputValue(), 'Webbföreningen Exempel');
  assert.equal(await page.getByLabel('Organisationsnummer').inputValue(), '802000-0021');
  assert.equal(await page.getByLabel('Typ av organisation').inputValue(), 'civilsamhalle');
  assert.equal(await page.getByLabel('Kommun', { exact: true }).inputValue(), '0880');
  assert.equal(await page.getByLabel('Kontaktpersonens e-post').inputValue(), 'webb@exempel.se');
  assert.equal(await page.getByLabel('Datum för ledningsbeslut').inputValue(), '2025-01-20');
  assert.ok(await page.getByLabel('Vi samtycker').isChecked());
  assert.equal(await page.locator('.error-summary a').count(), 1);
  await page.screenshot({ path: path.join(screenshotDir, 'joining-apply-error.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);

  await page.getByLabel('Organisationsnummer').fill('802000-0025');
  await page.getByRole('button', { name: 'Skicka ansökan' }).click();
  await page.waitForSelector('h1:has-text("Ansökan är mottagen")');
  assert.match(await page.getByRole('status').innerText(), /Webbföreningen Exempel/);
  assert.deepEqual(await wcagViolations(page), []);

  // The demo strategist logs in and approves.
  const { email, password } = ctx.server.logins.strategist;
  const staffContext = await ctx.browser.newContext({ bypassCSP: true });
  const staff = await staffContext.newPage();
  await staff.goto(base + '/anslutningar');
  await staff.waitForURL(/\/logga-in/);
  await staff.getByLabel('E-postadress').fill(email);
  await staff.getByLabel('Lösenord').fill(password);
  await staff.getByRole('button', { name: 'Logga in' }).click();
  await staff.waitForURL(/\/anslutningar$/);
  assert.match(await staff.locator('main').innerText(), /Ansökningar att besluta om\s*2/);
  await staff.getByRole('link', { name: 'Webbföreningen Exempel' }).click();
  await staff.waitForURL(/\/anslutningar\/\d+$/);
  assert.match(await staff.locator('dl.record').innerText(), /Ansökt/);
  assert.deepEqual(await wcagViolations(staff), []);
  await staff.getByRole('button', { name: 'Godkänn ansökan' }).click();
  await staff.waitForURL(/sparad=1/);
  assert.match(await staff.getByRole('status').first().innerText(), /sparad/);
  assert.match(await staff.locator('dl.record').innerText(), /Godkänd/);
  assert.match(await staff.locator('main').innerText(), /Nästa uppföljning senast/);
  await staff.screenshot({ path: path.join(screenshotDir, 'joining-approved.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(staff), []);

  // The organisation is now on the public list.
  await page.goto(base + '/anslutna/08');
  const row = page.locator('tr', { hasText: 'Webbföreningen Exempel' });
  assert.equal(await row.count(), 1);
  assert.match(await row.innerText(), /Civilsamhälle\s+Kalmar/);
  await page.screenshot({ path: path.join(screenshotDir, 'joined-list.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);
  await publicContext.close();
  await staffContext.close();
});
