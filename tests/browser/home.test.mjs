// The home page by role ("Att göra", /hem) with the demo content at a fixed
// date (31 March 2026): Kalmar's contact sees the returned report of the last
// quarter with the board's comment and follows its link; Kalmar's strategist
// sees the late report waiting for review and the last quarter's
// completeness with the missing municipalities.
// Both pages meet WCAG 2.1 AA (axe-core).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

async function logIn(page, { email, password }) {
  await page.goto(ctx.server.baseUrl + '/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
}

test('a contact finds the returned report on Att göra', async () => {
  const contact = ctx.server.logins['kontakt.kalmar@jamt.local'];
  assert.ok(contact, 'the demo prints the Kalmar contact login');
  const page = await ctx.browser.newPage({ bypassCSP: true });
  await logIn(page, contact);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Att göra' }).click();
  await page.waitForURL(/\/hem$/);
  const reports = page.getByRole('table');
  const returned = reports.getByRole('row').filter({ hasText: 'kvartal 4 2025' });
  assert.match(await returned.innerText(), /Återskickad – behöver rättas/);
  assert.match(await returned.innerText(), /Länsstyrelsens kommentar: Antalet stödsamtal/);
  assert.match(await returned.innerText(), /2026-01-30 \(försenad\)/);
  assert.deepEqual(await wcagViolations(page), []);
  await page.screenshot({ path: path.join(screenshotDir, 'home-contact.png'), fullPage: true });
  const href = await returned.getByRole('link').getAttribute('href');
  assert.match(href, /^\/rapportering\/formular\/\d+\/\d+\/2025Q4$/);
  await page.close();
});

test('a strategist sees what waits, with the last quarter\'s completeness', async () => {
  const strategist = ctx.server.logins['strateg.kalmar@jamt.local'];
  assert.ok(strategist, 'the demo prints the Kalmar strategist login');
  const page = await ctx.browser.newPage({ bypassCSP: true });
  await logIn(page, strategist);
  await page.goto(ctx.server.baseUrl + '/hem');
  assert.match(await page.locator('h1').innerText(), /Att göra/);
  // The late report of the last quarter waits for the strategist's decision.
  const toReview = page.getByRole('region', { name: 'Rapporter att granska' });
  assert.match(await toReview.innerText(), /Exempelkommunen Oskarshamn \(demo\)\s+Våld i nära relationer – kvartalsstatistik\s+kvartal 4 2025/);
  const quarterly = page.getByRole('region', { name: 'Inrapportering för senaste perioden' })
    .getByRole('row').filter({ hasText: 'kvartalsstatistik' });
  const text = await quarterly.innerText();
  assert.match(text, /kvartal 4 2025/);
  assert.match(text, /8 \(67 %\)/);
  assert.match(text, /Exempelkommunen Borgholm \(demo\)/);
  assert.match(await page.getByRole('region', { name: 'Ansökningar om anslutning' }).innerText(), /Exempelhögskolan/);
  assert.deepEqual(await wcagViolations(page), []);
  await page.screenshot({ path: path.join(screenshotDir, 'home-strategist.png'), fullPage: true });
  await page.close();
});
