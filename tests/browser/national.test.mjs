// Issue 14, item 3 (engineer R4b): the national pages in headless Chromium
// on the demo data. The national coordinator writes the national action
// plan (a missing overall goal is refused first, its message beside the
// field) and records Kalmar's resources for 2025; the public reads the
// plan, the resources with the Riket row and the national compilation of
// 2025. WCAG 2.1 AA (axe-core) and no horizontal scrolling at 320 px on
// each page. The server's clock stands at 2026-03-31.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir, signIn, noHorizontalScroll } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

async function checkPage(page, what, shot) {
  assert.deepEqual(await wcagViolations(page), [], what);
  await noHorizontalScroll(page, what);
  await page.screenshot({ path: path.join(screenshotDir, shot), fullPage: true });
}

test('the coordinator keeps the plan and resources; everyone reads them and the compilation', async () => {
  const base = ctx.server.baseUrl;
  const context = await ctx.browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  await signIn(page, base, ctx.server.logins.coordinator);

  await page.goto(base + '/nationellt/handlingsplan');
  await page.getByLabel(/^Handlingsplanens namn/).fill('Nationell handlingsplan 2025–2028');
  await page.getByLabel('Delmål 1: operativt delmål').fill('Alla länsstyrelser har en uppdaterad lägesbild.');
  await page.getByLabel('Delmål 1: insatser').fill('Kartläggningar\nUppföljningar');
  await page.getByLabel('Delmål 1: förväntad effekt').fill('En grund för dialogen med länets aktörer');
  await page.getByRole('button', { name: 'Spara handlingsplanen' }).click();
  assert.match(await page.locator('#overall_goal-error').innerText(), /Övergripande mål/i);
  await checkPage(page, 'the plan form with an error', 'national-plan-error-320.png');
  await page.getByLabel(/^Övergripande mål/).fill('Jämställdhetsintegreringen i länen fördjupas och följs upp.');
  await page.getByRole('button', { name: 'Spara handlingsplanen' }).click();
  await page.waitForURL(/sparad=1/);
  assert.equal(await page.getByRole('status').innerText(), 'Handlingsplanen är sparad.');
  await checkPage(page, 'the plan page with its form', 'national-plan-320.png');

  await page.goto(base + '/nationellt/resurser/2025');
  await page.getByRole('combobox', { name: /^Län/ }).selectOption('08');
  await page.getByLabel(/^Anslagna medel/).fill('500 000');
  await page.getByLabel(/^Förbrukade medel/).fill('420 000');
  await page.getByLabel(/^Överförda/).fill('nittio');
  await page.getByRole('button', { name: 'Spara resurserna' }).click();
  assert.match(await page.locator('#carried_over-error').innerText(), /helt antal kronor/);
  await checkPage(page, 'the resources form with an error', 'national-resources-error-320.png');
  await page.getByLabel(/^Överförda/).fill('80 000');
  await page.getByRole('button', { name: 'Spara resurserna' }).click();
  await page.waitForURL(/sparat=08/);
  await checkPage(page, 'the resources page with its form', 'national-resources-320.png');
  await context.close();

  const publicPage = await ctx.browser.newPage({ bypassCSP: true, viewport: { width: 320, height: 900 } });
  await publicPage.goto(base + '/nationellt/handlingsplan');
  assert.match(await publicPage.locator('h2#plan-rubrik').innerText(), /Nationell handlingsplan 2025–2028/);
  assert.equal(await publicPage.getByRole('button', { name: 'Spara handlingsplanen' }).count(), 0);
  await checkPage(publicPage, 'the public plan page', 'national-plan-public-320.png');

  await publicPage.goto(base + '/nationellt/resurser/2025');
  const kalmar = await publicPage.locator('tr', { hasText: 'Kalmar län' }).locator('td').allInnerTexts();
  assert.deepEqual(kalmar.map((t) => t.replace(/\s/g, ' ')), ['500 000 kr', '420 000 kr', '80 000 kr', '80 000 kr']);
  await checkPage(publicPage, 'the public resources page', 'national-resources-public-320.png');

  await publicPage.goto(base + '/nationellt/2025');
  assert.match(await publicPage.locator('h1').first().innerText(), /Nationell sammanställning 2025/);
  assert.ok(await publicPage.getByText('aldrig som ett medelvärde av länens andelar').first().isVisible());
  await checkPage(publicPage, 'the national compilation', 'national-compilation-320.png');
  await publicPage.close();
});
