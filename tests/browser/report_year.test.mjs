// Issue 14, items 1 and 6 (engineer R1): the yearly follow-up in headless
// Chromium. Kalmar's strategist opens the year view, follows the link to
// the yearly report, writes a text for the summary and marks it done (one
// form per section, no JavaScript), publishes with the confirmation box
// and lands on the version page, which the public can read too. WCAG 2.1
// AA (axe-core) and no horizontal scrolling at 320 px on the live report
// and the version page. The server's clock stands at 2026-03-31.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir, signIn, noHorizontalScroll } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

test('a strategist writes, signs off and publishes the yearly follow-up; the public reads the version', async () => {
  const base = ctx.server.baseUrl;
  const context = await ctx.browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  await signIn(page, base, ctx.server.logins.strategist);
  await page.goto(base + '/');
  await page.getByRole('link', { name: /Kalmar/ }).first().click();
  await page.waitForURL(/\/strategier\/\d+$/);
  await page.getByRole('link', { name: 'Uppföljning 2025' }).click();
  await page.waitForURL(/\/uppfoljning\/2025$/);
  assert.match(await page.locator('h1').innerText(), /^Uppföljning 2025: /);
  assert.deepEqual(await wcagViolations(page), []);
  await noHorizontalScroll(page, 'the live yearly report');

  await page.locator('#text-sammanfattning').fill('Ett år då arbetet kom i gång i alla kommuner.');
  await page.locator('#done-sammanfattning').check();
  await page.locator('form.report-section-form', { has: page.locator('#text-sammanfattning') })
    .getByRole('button', { name: 'Spara avsnittet' }).click();
  await page.waitForURL(/\/uppfoljning\/2025#sammanfattning$/);
  assert.equal(await page.locator('#text-sammanfattning').inputValue(), 'Ett år då arbetet kom i gång i alla kommuner.');
  assert.equal(await page.locator('#done-sammanfattning').isChecked(), true);
  await page.screenshot({ path: path.join(screenshotDir, 'report-year-320.png'), fullPage: false });

  // Publishing needs the confirmation box (the browser refuses the form without it).
  await page.getByRole('button', { name: 'Publicera version 1' }).click();
  assert.match(page.url(), /\/uppfoljning\/2025#sammanfattning$/);
  await page.getByLabel(/Jag vill publicera rapporten som version 1/).check();
  await page.getByRole('button', { name: 'Publicera version 1' }).click();
  await page.waitForURL(/\/rapporter\/\d+$/);
  const versionUrl = page.url();
  assert.match(await page.locator('main').innerText(), /Version 1, publicerad 2026-03-31 12:00/);
  assert.match(await page.locator('main').innerText(), /Detta är den första publicerade versionen/);
  assert.deepEqual(await wcagViolations(page), []);
  await noHorizontalScroll(page, 'the version page');
  await context.close();

  const publicPage = await ctx.browser.newPage({ bypassCSP: true, viewport: { width: 320, height: 900 } });
  await publicPage.goto(versionUrl);
  assert.match(await publicPage.locator('main').innerText(), /Ett år då arbetet kom i gång i alla kommuner\./);
  assert.equal(await publicPage.getByRole('button', { name: /Publicera/ }).count(), 0);
  await publicPage.screenshot({ path: path.join(screenshotDir, 'report-version-320.png'), fullPage: false });
  assert.deepEqual(await wcagViolations(publicPage), []);
  await noHorizontalScroll(publicPage, 'the version page for the public');
  await publicPage.close();
});
