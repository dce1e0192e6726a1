// An organisation's contact reports a change of representative in the demo
// länsgrupp, the county's strategist confirms it, and the group page shows
// the new representative. The group page, the meeting page with its
// attendance form and the change forms meet WCAG 2.1 AA.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

// The server's clock stands still at noon on 31 March 2026 in Sweden.
const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });
const groupName = 'Länsgrupp mot mäns våld mot kvinnor (demo)';

async function logIn(page, { email, password }) {
  await page.goto(ctx.server.baseUrl + '/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/logga-in')),
    page.getByRole('button', { name: 'Logga in' }).click()]);
}

async function assertAccessible(page, what) {
  assert.deepEqual(await wcagViolations(page), [], `WCAG violations on ${what}`);
}

test('a contact files a change of representative and the strategist confirms it', async () => {
  const contact = ctx.server.logins['kontakt.kalmar@jamt.local'];
  const strategist = ctx.server.logins.strategist;
  assert.ok(contact, 'the demo prints the Kalmar contact login');

  const page = await ctx.browser.newPage({ bypassCSP: true });
  await logIn(page, contact);
  await page.goto(ctx.server.baseUrl + '/grupper');
  await assertAccessible(page, 'the group list (contact)');
  await page.getByRole('link', { name: groupName }).click();
  await page.waitForURL(/\/grupper\/\d+$/);
  await assertAccessible(page, 'the group page (contact)');

  await page.getByRole('link', { name: 'Anmäl byte av representant' }).first().click();
  await page.waitForURL(/\/grupper\/byten\/ny/);
  await assertAccessible(page, 'the change form');
  // Sent without anyone named: the form explains and keeps the group.
  await page.getByRole('button', { name: 'Skicka anmälan' }).click();
  await page.waitForSelector('.error-summary');
  assert.match(await page.locator('.error-summary').innerText(), /Ange en ny representant/);
  await assertAccessible(page, 'the change form with errors');

  const representative = page.getByRole('group', { name: 'Ny representant' });
  await representative.getByLabel('Namn').fill('Klara Webbläsare');
  await representative.getByLabel('E-post').fill('klara.webblasare@exempel.se');
  await representative.getByLabel('Telefon').fill('0480-123 45');
  await page.getByLabel('Meddelande till länsstyrelsen').fill('Anna har gått vidare till en ny tjänst.');
  await page.getByRole('button', { name: 'Skicka anmälan' }).click();
  await page.waitForURL(/\/grupper\/byten\/\d+\?sparad=1$/);
  assert.match(await page.locator('main').innerText(), /väntar på länsstyrelsens beslut/);
  await assertAccessible(page, 'the filed change (contact)');
  await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.getByRole('button', { name: 'Logga ut' }).click()]);

  await logIn(page, strategist);
  await page.goto(ctx.server.baseUrl + '/grupper');
  await page.getByRole('link', { name: groupName }).click();
  await page.waitForURL(/\/grupper\/\d+$/);
  const groupUrl = page.url();
  // The form proposed the server's date in Sweden.
  await page.getByRole('link', { name: 'anmälan om byte från 2026-03-31' }).click();
  await page.waitForURL(/\/grupper\/byten\/\d+$/);
  assert.match(await page.locator('main').innerText(), /Klara Webbläsare/);
  await assertAccessible(page, 'the change page with the decision forms');
  await page.getByRole('button', { name: 'Bekräfta bytet' }).click();
  await page.waitForURL(/\/grupper\/\d+\?sparad=1/);

  const kalmar = page.locator('table').first().getByRole('row', { name: /Exempelkommunen Kalmar \(demo\)/ });
  assert.match(await kalmar.innerText(), /Klara Webbläsare/);
  assert.doesNotMatch(await kalmar.innerText(), /Anna Exempelsson/);
  assert.match(await page.locator('main').innerText(), /Vem har representerat organisationerna/);
  await page.screenshot({ path: path.join(screenshotDir, 'group-after-change.png'), fullPage: true });
  await assertAccessible(page, 'the group page (strategist)');

  // The meeting page with the attendance form.
  await page.getByRole('link', { name: '2026-04-23' }).click();
  await page.waitForURL(/\/grupper\/moten\/\d+$/);
  await assertAccessible(page, 'the meeting page with the attendance form');
  await page.getByLabel('Närvarande: Exempelkommunen Kalmar (demo)').check();
  await page.getByRole('button', { name: 'Spara närvaron' }).click();
  await page.waitForURL(/sparad=1/);
  assert.ok(await page.getByLabel('Närvarande: Exempelkommunen Kalmar (demo)').isChecked());

  // The demo's other pending change, rejected without a reason: the form says why.
  await page.goto(groupUrl);
  await page.getByRole('link', { name: /anmälan om byte från 2027-01-01/ }).click();
  await page.getByRole('button', { name: 'Avslå anmälan' }).click();
  await page.waitForSelector('.field-error');
  assert.match(await page.locator('.field-error').innerText(), /måste fyllas i/);
  await assertAccessible(page, 'the reject form with an error');
  await page.close();
});
