// Issue 12, part A: a strategist revises Kalmar's adopted strategy in the
// browser — a node's heading changed, an indicator added — while the public
// keeps seeing version 1; adopts the revision (a future date is refused
// beside its field); both versions stay readable and the comparison lists
// the change; the demo activity linked to the node still links to it. The
// editor pages meet WCAG 2.1 AA (axe-core) and fit 320 px without
// horizontal scrolling. The server's clock stands at 2026-03-31.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir, signIn, noHorizontalScroll } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });
const NEW_TITLE = 'Alla kommuner har baskunskap om mäns våld mot kvinnor';

test('a strategist revises, the public sees version 1 until adoption, both versions stay readable', async () => {
  const base = ctx.server.baseUrl;
  const publicPage = await ctx.browser.newPage({ bypassCSP: true });
  await publicPage.goto(base + '/');
  await publicPage.getByRole('link', { name: /Kalmar/ }).first().click();
  await publicPage.waitForURL(/\/strategier\/\d+$/);
  const strategyUrl = publicPage.url();
  const oldText = await publicPage.locator('main').innerText();
  assert.ok(!oldText.includes(NEW_TITLE));

  const context = await ctx.browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  await signIn(page, base, ctx.server.logins.strategist);
  await page.goto(strategyUrl);
  await page.getByRole('link', { name: 'Redigera strategin' }).click();
  await page.waitForURL(/\/redigera$/);
  assert.deepEqual(await wcagViolations(page), []);
  await noHorizontalScroll(page, 'the editor');
  await page.screenshot({ path: path.join(screenshotDir, 'strategy-editor-320.png'), fullPage: true });

  // The node's heading.
  await page.getByRole('link', { name: 'Ändra FO5.1', exact: true }).click();
  assert.deepEqual(await wcagViolations(page), []);
  await noHorizontalScroll(page, 'the node form');
  await page.getByLabel(/^Rubrik \(/).fill('');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.waitForSelector('#title-error');
  assert.equal(await page.locator('#field-title').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel(/^Kod/).inputValue(), 'FO5.1', 'what was typed is kept');
  assert.deepEqual(await wcagViolations(page), []);
  await page.getByLabel(/^Rubrik \(/).fill(NEW_TITLE);
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.waitForURL(/\/redigera\?sparat=1/);
  assert.match(await page.locator('#revision-notice').innerText(), /Allmänheten ser version 1 .*medan revideringen redigeras/);
  assert.match(await page.locator('main').innerText(), new RegExp(NEW_TITLE));

  // An indicator on it.
  await page.getByRole('link', { name: /^Indikatorer \(\d+\) för FO5\.1$/ }).click();
  assert.deepEqual(await wcagViolations(page), []);
  await noHorizontalScroll(page, 'the indicators page');
  await page.getByLabel(/^Kod/).fill('FO5.1.b');
  await page.getByLabel(/^Namn/).fill('Andel kommuner med utbildad socialtjänst');
  await page.getByLabel('Enhet').selectOption('percent');
  await page.getByLabel('Utgångsläge: period').fill('2024');
  await page.getByLabel('Utgångsläge: värde').fill('40,5');
  await page.getByRole('button', { name: 'Lägg till indikatorn' }).click();
  await page.waitForSelector('text=FO5.1.b Andel kommuner med utbildad socialtjänst');

  // The removal page says what goes with the node.
  await page.goto(base + new URL(strategyUrl).pathname + '/redigera');
  await page.getByRole('link', { name: 'Ta bort FO5.1', exact: true }).click();
  assert.match(await page.locator('main').innerText(), /Indikatorn FO5\.1\.b/);
  assert.match(await page.locator('main').innerText(), /1 insats länkar till målet/);
  assert.deepEqual(await wcagViolations(page), []);
  await page.getByRole('link', { name: 'Avbryt' }).click();

  // The public still reads version 1.
  await publicPage.goto(strategyUrl);
  assert.ok(!(await publicPage.locator('main').innerText()).includes(NEW_TITLE));

  // Adopt: a future date is refused beside its field.
  await page.getByRole('link', { name: 'Anta revideringen' }).click();
  assert.deepEqual(await wcagViolations(page), []);
  await page.getByLabel(/^Beslutsdatum/).fill('2026-04-01');
  await page.getByLabel(/^Beslut /).fill('Dnr 101-1234-2026');
  await page.getByRole('button', { name: 'Anta' }).click();
  await page.waitForSelector('#adopted_on-error');
  assert.match(await page.locator('#adopted_on-error').innerText(), /framtiden/);
  assert.equal(await page.getByLabel(/^Beslut /).inputValue(), 'Dnr 101-1234-2026');
  assert.deepEqual(await wcagViolations(page), []);
  await page.getByLabel(/^Beslutsdatum/).fill('2026-03-31');
  await page.getByRole('button', { name: 'Anta' }).click();
  await page.waitForURL(/\/strategier\/\d+\?antagen=2$/);

  // The public now reads version 2; both versions are listed and compared in words.
  await publicPage.goto(strategyUrl + '?fran=1&till=2');
  const text = await publicPage.locator('main').innerText();
  assert.ok(text.includes(NEW_TITLE));
  assert.match(text, /2026-03-31\s+Dnr 101-1234-2026/);
  assert.match(text, /FO5\.1/);
  const changes = await publicPage.locator('.versions li').allInnerTexts();
  assert.ok(changes.some((c) => c.includes(NEW_TITLE)), `the comparison names the new heading: ${changes}`);
  assert.ok(changes.some((c) => c.includes('FO5.1.b')), `the comparison names the new indicator: ${changes}`);
  assert.deepEqual(await wcagViolations(publicPage), []);

  // The demo activity linked to FO5.1 still links to it, under its new heading.
  await page.goto(base + '/insatser');
  await page.getByRole('link', { name: /Grundutbildning om mäns våld mot kvinnor för socialtjänsten/ }).first().click();
  assert.match(await page.locator('main').innerText(), new RegExp('FO5\\.1.*' + NEW_TITLE));
  await context.close();
  await publicPage.close();
});
