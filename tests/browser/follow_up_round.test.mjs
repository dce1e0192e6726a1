// The three-year follow-up of joined organisations (issue 14, item 2) in
// headless Chromium at a fixed date (2026-03-31): Kalmar's strategist goes
// from the overdue follow-ups to this year's round, sees who is due (the
// demo organisation that joined four years ago), opens that organisation's
// own page and its print page. Every page meets WCAG 2.1 AA and none
// scrolls sideways at 320 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir, noHorizontalScroll, signIn } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

test('a strategist reads the round of 2026 and one organisation\'s follow-up', async () => {
  const base = ctx.server.baseUrl;
  const context = await ctx.browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, base, ctx.server.logins['strateg.kalmar@jamt.local']);

  await page.goto(base + '/anslutningar/forsenade-uppfoljningar');
  await page.getByRole('link', { name: /^Treårsuppföljning 2026/ }).click();
  await page.waitForURL(/\/uppfoljning\/08\/2026$/);
  assert.match(await page.locator('h1').innerText(), /Treårsuppföljning 2026/);
  const due = page.locator('table', { has: page.locator('caption', { hasText: 'Att följa upp' }) });
  const rows = await due.locator('tbody tr').allInnerTexts();
  assert.equal(rows.length, 1, rows.join('\n'));
  assert.match(rows[0], /\(demo\)/);
  assert.match(rows[0], /2025-03-31 \(försenad\)/);
  assert.deepEqual(await wcagViolations(page), []);
  await page.screenshot({ path: path.join(screenshotDir, 'follow_up_round.png'), fullPage: true });

  await page.setViewportSize({ width: 320, height: 800 });
  await noHorizontalScroll(page, 'the round at 320 px');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('link', { name: 'Organisationens egen sida' }).first().click();
  await page.waitForURL(/\/uppfoljning\/08\/2026\/organisationer\/\d+$/);
  for (const heading of ['Åtaganden', 'Checklistor', 'Insatser', 'Rapporterade perioder', 'Enkätsvar'])
    assert.equal(await page.getByRole('heading', { name: heading, exact: true }).count(), 1, heading);
  assert.deepEqual(await wcagViolations(page), []);
  await page.setViewportSize({ width: 320, height: 800 });
  await noHorizontalScroll(page, 'an organisation\'s follow-up at 320 px');
  await page.screenshot({ path: path.join(screenshotDir, 'follow_up_organisation_320.png'), fullPage: true });

  await page.goto(page.url() + '?format=print');
  assert.match(await page.locator('h1').innerText(), /Treårsuppföljning 2026: /);
  assert.deepEqual(await wcagViolations(page), []);
  await context.close();
});
