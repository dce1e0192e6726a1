// Kalmar's demo organisation contact fills in this year's systematics
// checklist: a point left unanswered is reported beside that point and
// nothing typed is lost; then the county strategist sees the answers in the
// county summary. Every page meets WCAG 2.1 AA (axe-core).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser();

async function logIn(page, { email, password }) {
  await page.goto(ctx.server.baseUrl + '/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
}

// The fieldset of checklist point `n` (its legend starts "n.").
const point = (page, n) => page.getByRole('group', { name: new RegExp(`^${n}\\. `) });

test('an organisation contact fills in the checklist and the county summary shows it', async () => {
  const contact = ctx.server.logins['kontakt.kalmar@jamt.local'];
  assert.ok(contact, 'the demo prints the Kalmar contact login');
  const page = await ctx.browser.newPage({ bypassCSP: true });
  await logIn(page, contact);

  await page.goto(ctx.server.baseUrl + '/checklistor');
  await page.getByRole('link', { name: 'Ny checklista' }).click();
  await page.waitForURL(/\/checklistor\/ny$/);
  // The form proposes the current year; the demo has 2025 for Kalmar, so 2026 is filled in.
  assert.equal(await page.getByLabel(/^År/).inputValue(), String(new Date().getUTCFullYear()));
  const year = '2026';
  await page.getByLabel(/^År/).fill(year);
  assert.match(await page.getByLabel('Organisation').locator('option:checked').innerText(), /Kalmar/);
  assert.deepEqual(await wcagViolations(page), []);

  const answers = ['Ja', 'Delvis', 'Ja', null, 'Nej', 'Delvis', 'Ja', 'Delvis', 'Nej', 'Ja'];
  for (const [i, answer] of answers.entries()) {
    if (answer) await point(page, i + 1).getByLabel(answer, { exact: true }).check();
  }
  await page.getByLabel('Kommentar till punkt 2').fill('Resultaten efterfrågas i årsredovisningen.');
  await page.getByRole('button', { name: 'Spara checklistan' }).click();

  // Point 4 was left out: the message stands beside it, everything else is kept.
  await page.waitForSelector('#answer_4-error');
  assert.match(await point(page, 4).innerText(), /Punkt 4: måste fyllas i/);
  assert.match(await page.getByRole('alert').innerText(), /Ingenting sparades/);
  for (const [i, answer] of answers.entries()) {
    if (answer) assert.ok(await point(page, i + 1).getByLabel(answer, { exact: true }).isChecked(), `point ${i + 1}`);
  }
  assert.equal(await page.getByLabel('Kommentar till punkt 2').inputValue(), 'Resultaten efterfrågas i årsredovisningen.');
  assert.equal(await page.getByLabel(/^År/).inputValue(), year);
  await page.screenshot({ path: path.join(screenshotDir, 'checklist-error.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);

  await point(page, 4).getByLabel('Delvis', { exact: true }).check();
  await page.getByRole('button', { name: 'Spara checklistan' }).click();
  await page.waitForURL(/\/checklistor\/\d+\?sparad=1$/);
  assert.match(await page.getByRole('status').first().innerText(), /sparad/);
  assert.match(await page.locator('h1').innerText(), new RegExp(`Kalmar.*${year}`));
  await page.screenshot({ path: path.join(screenshotDir, 'checklist-saved.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);

  // The organisation's own years: 2025 from the demo and this year's.
  await page.getByRole('link', { name: 'Se organisationens svar år för år' }).click();
  await page.waitForURL(/\/checklistor\/organisation\/\d+$/);
  assert.match(await page.locator('main').innerText(), /jämfört med 2025/);
  assert.deepEqual(await wcagViolations(page), []);
  await page.close();

  // The strategist's county summary counts the new checklist.
  const strategist = await ctx.browser.newPage({ bypassCSP: true });
  await logIn(strategist, ctx.server.logins.strategist);
  await strategist.goto(ctx.server.baseUrl + `/checklistor/sammanstallning?ar=${year}`);
  assert.match(await strategist.locator('h1').innerText(), new RegExp(`Kalmar län ${year}`));
  assert.match(await strategist.getByRole('status').innerText(), new RegExp(`4 organisationer har fyllt i checklistan för ${year}`));
  const row = strategist.getByRole('row', { name: /Exempelkommunen Kalmar/ });
  assert.match(await row.innerText(), /jämfört med 2025/);
  assert.deepEqual(await row.locator('td.number').allInnerTexts(), ['4', '4', '2']);
  await strategist.screenshot({ path: path.join(screenshotDir, 'checklist-county-summary.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(strategist), []);
  await strategist.close();
});

test('the steering-document summary reads "X av Y relevanta, varav Z konkreta"', async () => {
  const page = await ctx.browser.newPage({ bypassCSP: true });
  await logIn(page, ctx.server.logins.strategist);
  await page.goto(ctx.server.baseUrl + '/styrdokument');
  assert.deepEqual(await wcagViolations(page), []);
  await page.getByRole('link', { name: /Sammanställning/ }).click();
  await page.waitForURL(/\/styrdokument\/sammanstallning$/);
  assert.match(await page.locator('#summa').innerText(), /^\d+ av \d+ bedömda styrdokument är relevanta, varav \d+ konkreta\.$/);
  await page.screenshot({ path: path.join(screenshotDir, 'steering-summary.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);

  // Assessing an unassessed demo document through the form.
  await page.goto(ctx.server.baseUrl + '/styrdokument?q=Översiktsplan');
  await page.getByRole('link', { name: /Översiktsplan 2040/ }).click();
  await page.getByRole('link', { name: 'Bedöm dokumentet' }).click();
  assert.deepEqual(await wcagViolations(page), []);
  await page.getByRole('group', { name: /jämställdhetsintegrerat/ }).getByLabel('Ja', { exact: true }).check();
  await page.getByRole('button', { name: 'Spara bedömningen' }).click();
  await page.waitForSelector('#level-error');
  await page.getByRole('group', { name: 'Nivå' }).getByLabel(/Konkret/).check();
  await page.getByRole('button', { name: 'Spara bedömningen' }).click();
  await page.waitForURL(/\/styrdokument\/\d+\?sparad=1$/);
  assert.match(await page.locator('main').innerText(), /Konkret/);
  assert.deepEqual(await wcagViolations(page), []);
  await page.close();
});
