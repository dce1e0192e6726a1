// Commitments followed up (issue 12, item 3) in headless Chromium: from the
// Kalmar strategy page to its commitments, the demo's 2024–2025 statuses in
// a table per commitment, a refused status form (year outside the period)
// keeping what was typed with the message beside its field, then the
// status for 2026 saved. Every page meets WCAG 2.1 AA.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

test('a strategist follows the commitments up by year', async () => {
  const base = ctx.server.baseUrl;
  const { email, password } = ctx.server.logins['strateg.kalmar@jamt.local'];
  const context = await ctx.browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(base + '/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(base + '/hem');

  await page.goto(base + '/');
  await page.getByRole('link', { name: /Kalmar/ }).first().click();
  await page.waitForURL(/\/strategier\/\d+$/);
  await page.getByRole('link', { name: 'Åtaganden och deras uppföljning per år' }).click();
  await page.waitForURL(/\/ataganden$/);
  assert.match(await page.locator('h1').innerText(), /^Åtaganden – /);
  assert.deepEqual(await wcagViolations(page), []);

  const first = page.locator('article.commitment').first();
  const rows = await first.locator('tbody tr').allInnerTexts();
  assert.equal(rows.length, 2);
  assert.match(rows[0], /^2024\s+Pågår/);
  assert.match(rows[1], /^2025\s+Genomfört/);
  await page.screenshot({ path: path.join(screenshotDir, 'commitments.png'), fullPage: true });

  // A status for a year outside 2023–2028 cannot be chosen in the list; one
  // typed into the form's field by hand is refused beside the field.
  await first.locator('select[name=year]').evaluate((s) => { s.options[s.selectedIndex].value = '2031'; });
  await first.locator('select[name=status]').selectOption('ongoing');
  await first.locator('textarea[name=comment]').fill('Vårt utkast');
  await first.getByRole('button', { name: 'Spara status' }).click();
  await page.waitForSelector('.error-summary');
  const again = page.locator('article.commitment').first();
  assert.equal(await again.locator('select[name=year]').getAttribute('aria-invalid'), 'true');
  assert.equal(await again.locator('textarea[name=comment]').inputValue(), 'Vårt utkast');
  assert.deepEqual(await wcagViolations(page), []);

  await again.locator('select[name=year]').selectOption('2026');
  await again.locator('select[name=status]').selectOption('ongoing');
  await again.getByRole('button', { name: 'Spara status' }).click();
  await page.waitForSelector('text=Statusen är sparad.');
  const after = await page.locator('article.commitment').first().locator('tbody tr').allInnerTexts();
  assert.equal(after.length, 3);
  assert.match(after[2], /^2026\s+Pågår\s+Vårt utkast/);
  assert.deepEqual(await wcagViolations(page), []);
  await context.close();
});
