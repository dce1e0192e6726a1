// The Kalmar strategy page and the start page in headless Chromium: headings,
// navigation by link, WCAG 2.1 AA (axe-core), and a screenshot to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser();

test('start page lists the three counties and leads to the Kalmar strategy', async () => {
  const page = await ctx.browser.newPage({ bypassCSP: true });
  await page.goto(ctx.server.baseUrl + '/');
  assert.equal(await page.locator('h1').innerText(), 'Regionala jämställdhetsstrategier');
  const counties = await page.locator('.cards h3').allInnerTexts();
  assert.deepEqual(counties, ['Stockholms län (01)', 'Södermanlands län (04)', 'Kalmar län (08)']);
  await page.screenshot({ path: path.join(screenshotDir, 'start.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);
  await page.getByRole('link', { name: /Kalmar/ }).first().click();
  await page.waitForURL(/\/strategier\/\d+$/);
  assert.match(await page.locator('h1').innerText(), /Kalmar/);
  await page.close();
});

test('Kalmar strategy page shows its goal tree as headings', async () => {
  const page = await ctx.browser.newPage({ bypassCSP: true });
  await page.goto(ctx.server.baseUrl + '/');
  await page.getByRole('link', { name: /Kalmar/ }).first().click();
  await page.waitForURL(/\/strategier\/\d+$/);

  const h1 = await page.locator('h1').allInnerTexts();
  assert.equal(h1.length, 1);
  assert.match(h1[0], /Ett jämställt Kalmar län/);

  const h2 = await page.locator('h2').allInnerTexts();
  for (const expected of ['Vision', 'Målstruktur']) assert.ok(h2.includes(expected), `h2 "${expected}" in ${h2}`);
  assert.ok(h2.some((t) => /Övergripande mål/.test(t)), 'the overall goal is an h2');
  assert.ok(h2.some((t) => /handlingsplan/i.test(t)), 'the action plan is an h2');

  // The seven sub-goals are h3 headings, 1–6 the national ones and 7 regional.
  const subgoals = await page.locator('section.node-subgoal > h3').allInnerTexts();
  assert.equal(subgoals.length, 7);
  assert.match(subgoals[5], /Delmål 6/);
  assert.match(subgoals[5], /Mäns våld mot kvinnor ska upphöra/);
  assert.match(subgoals[6], /Delmål 7/);

  // Five focus areas sit below the sub-goals as h4.
  assert.equal(await page.locator('section.node-focus_area > h4').count(), 5);
  // Four action-plan objectives.
  assert.equal(await page.locator('section.action-plan h3').count(), 4);

  // A national sub-goal link leads to the page listing the goals that serve it.
  await page.locator('a[href="/nationella-mal/2017/6"]').first().click();
  await page.waitForURL(/\/nationella-mal\/2017\/6$/);
  assert.match(await page.locator('h1').innerText(), /Delmål 6: Mäns våld mot kvinnor ska upphöra/);
  assert.ok((await page.locator('main').innerText()).includes('Kalmar län'));
  await page.close();
});

test('Kalmar strategy page meets WCAG 2.1 AA and renders without JavaScript', async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(ctx.server.baseUrl + '/');
  const href = await page.getByRole('link', { name: /Kalmar/ }).first().getAttribute('href');
  await page.goto(ctx.server.baseUrl + href);
  assert.match(await page.locator('h1').innerText(), /Kalmar/);
  await page.screenshot({ path: path.join(screenshotDir, 'kalmar-top.png') });
  await page.screenshot({ path: path.join(screenshotDir, 'kalmar-full.png'), fullPage: true });
  await context.close();

  const withJs = await ctx.browser.newPage({ bypassCSP: true }); // lets axe-core in past our CSP
  await withJs.goto(ctx.server.baseUrl + href);
  assert.deepEqual(await wcagViolations(withJs), []);
  await withJs.close();
});
