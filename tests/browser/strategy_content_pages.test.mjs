// Issue 12, item 1, part D: a strategist adds a problem area, changes the
// action plan and an objective, and adds a commitment to Kalmar's strategy
// in the browser at 320 px (the pages need no script; axe needs one); a refused form
// keeps what was typed with the message beside its field. Every new page
// (lists, forms, refused forms, confirmations) meets WCAG 2.1 AA (axe-core)
// and does not scroll sideways. The server's clock stands at 2026-03-31.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

async function noHorizontalScroll(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what}: ${overflow} px wider than the window`);
}

async function checked(page, what) {
  assert.deepEqual(await wcagViolations(page), [], what);
  await noHorizontalScroll(page, what);
}

async function signIn(page, base, login) {
  await page.goto(base + '/logga-in');
  await page.getByLabel('E-postadress').fill(login.email);
  await page.getByLabel('Lösenord').fill(login.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(base + '/hem');
}

test('problem areas, the action plan and commitments are edited in the browser at 320 px', async () => {
  const base = ctx.server.baseUrl;
  const context = await ctx.browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  await signIn(page, base, ctx.server.logins.strategist);
  await page.goto(base + '/');
  await page.getByRole('link', { name: /Kalmar/ }).first().click();
  await page.waitForURL(/\/strategier\/\d+$/);
  const editor = page.url() + '/redigera';
  await page.goto(editor);

  // A problem area on FO5: contributors without the action are refused beside the row.
  await page.getByRole('link', { name: /^Problemområden \(\d+\) för FO5$/ }).click();
  await checked(page, 'the problem areas page');
  await page.getByRole('textbox', { name: /^Problemområde/ }).fill('Unga vet inte var de får stöd');
  await page.getByLabel('Åtgärd 1: vem kan bidra').fill('Regionen\nPolisen');
  await page.getByRole('button', { name: 'Lägg till problemområdet' }).click();
  await page.waitForSelector('#action1-error');
  assert.equal(await page.getByLabel('Åtgärd 1: vem kan bidra').inputValue(), 'Regionen\nPolisen');
  await checked(page, 'the refused problem area');
  await page.screenshot({ path: path.join(screenshotDir, 'strategy-problem-area-320.png'), fullPage: true });
  await page.getByLabel('Föreslagen åtgärd 1').fill('Informera i skolan');
  await page.locator('input[name="subgoals1"][value="6"]').check();
  await page.getByRole('button', { name: 'Lägg till problemområdet' }).click();
  await page.waitForURL(/\/redigera\?sparat=1/);
  await page.getByRole('link', { name: /^Problemområden \(\d+\) för FO5$/ }).click();
  await page.getByRole('link', { name: /Unga vet inte var de får stöd/ }).first().click();
  await checked(page, 'a problem area form');
  await page.goBack();
  await page.getByRole('link', { name: /^Ta bort .*Unga vet inte/ }).click();
  await checked(page, 'the problem area removal');

  // The action plan and an objective.
  await page.goto(editor);
  await page.getByRole('link', { name: /^Handlingsplanen/ }).click();
  await checked(page, 'the action plan');
  await page.getByLabel(/^Sista året/).fill('20x7');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.waitForSelector('#end_year-error');
  await checked(page, 'the refused action plan');
  await page.getByLabel(/^Sista året/).fill('2027');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.waitForURL(/\/redigera\?sparat=1/);
  await page.getByRole('link', { name: /^Handlingsplanen/ }).click();
  await page.getByRole('link', { name: /^1 Ett utökat/ }).click();
  await checked(page, 'an objective');
  await page.getByLabel('Målsättning 1: rubrik').fill('');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.waitForSelector('#target_title1-error');
  await checked(page, 'the refused objective');
  await page.goto(editor.replace('/redigera', '/handlingsplan/delmal/ny'));
  await checked(page, 'a new objective');
  await page.goto(editor.replace('/redigera', '/handlingsplan/delmal/1/ta-bort'));
  await checked(page, 'the objective removal');
  await page.goto(editor.replace('/redigera', '/handlingsplan/ta-bort'));
  await checked(page, 'the action plan removal');

  // A commitment of another actor, serving target 1.2.
  await page.goto(editor);
  await page.getByRole('link', { name: /^Åtaganden \(\d+\) för FO5$/ }).click();
  await checked(page, 'the commitments page');
  await page.getByLabel(/^Åtagandet/).fill('Polisen utbildar om våld i nära relationer');
  await page.getByLabel(/^Vem har åtagit sig det/).selectOption('annan');
  await page.locator('input[name="targets"][value="1.2"]').check();
  await page.getByRole('button', { name: 'Lägg till åtagandet' }).click();
  await page.waitForSelector('#owner_name-error');
  assert.equal(await page.getByLabel(/^Åtagandet/).inputValue(), 'Polisen utbildar om våld i nära relationer');
  assert.ok(await page.locator('input[name="targets"][value="1.2"]').isChecked());
  await checked(page, 'the refused commitment');
  await page.getByLabel(/^Den andra aktörens namn/).fill('Polisen');
  await page.getByRole('button', { name: 'Lägg till åtagandet' }).click();
  await page.waitForURL(/\/redigera\?sparat=1/);
  await page.getByRole('link', { name: /^Åtaganden \(\d+\) för FO5$/ }).click();
  await page.getByRole('link', { name: 'Polisen: Polisen utbildar om våld i nära relationer', exact: true }).click();
  await checked(page, 'a commitment form');
  assert.equal(await page.getByLabel(/^Den andra aktörens namn/).inputValue(), 'Polisen');
  await page.goBack();
  await page.getByRole('link', { name: 'Ta bort Polisen: Polisen utbildar om våld i nära relationer', exact: true }).click();
  assert.match(await page.locator('main').innerText(), /status för varje år/);
  await checked(page, 'the commitment removal');
  await context.close();
});
