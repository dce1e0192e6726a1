// Periodic reporting in the browser, at a fixed date (12 January 2026): the
// Kalmar strategist defines a quarterly form over the JSON API; Kalmar's
// demo contact reports 2025Q4, is stopped by a rule with the message beside
// the cell and nothing typed lost, and submits; the strategist returns it
// with a comment, the contact fixes it, the strategist approves. Every page
// visited meets WCAG 2.1 AA (axe-core).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-01-12T09:00:00Z' });

async function logIn(page, { email, password }) {
  await page.goto(ctx.server.baseUrl + '/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
}

// Defines the form as `who` over the API; returns its id.
async function defineForm(who) {
  const base = ctx.server.baseUrl;
  const login = await fetch(base + '/api/v1/auth/login', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(who),
  });
  assert.equal(login.status, 200);
  const { csrf_token: csrf } = await login.json();
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const form = {
    code: 'VALD', title: 'Våld i nära relationer', periodicity: 'quarterly', due_days: 30,
    elements: [
      { code: 'E1', title: 'Utsatta för våld', help_text: 'Personer som sökt stöd under kvartalet.',
        value_type: 'integer', unit: 'antal', disaggregation: ['women', 'men', 'unknown', 'total'] },
    ],
    rules: [{ id: 'R1', left: 'E1.total', operator: '==', right: 'E1.women + E1.men + E1.unknown',
      importance: 'error', message: 'Totalt ska vara summan av kvinnor, män och annat/okänt.' }],
    assignments: [{ organisation_type: 'kommun', county_code: '08' }],
  };
  const made = await fetch(base + '/api/v1/forms', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrf },
    body: JSON.stringify(form),
  });
  const body = await made.json();
  assert.equal(made.status, 201, JSON.stringify(body));
  return body.id;
}

// The input of E1 for `sex`, by its accessible name (caption, row and column header).
const cell = (page, sex) => page.getByRole('textbox', { name: `Utsatta för våld (antal) Antal ${sex}`, exact: true });

async function fill(page, women, men, unknown, total) {
  await cell(page, 'Kvinnor').fill(women);
  await cell(page, 'Män').fill(men);
  await cell(page, 'Annat/okänt').fill(unknown);
  await cell(page, 'Totalt').fill(total);
}

async function axeClean(page, what) {
  assert.deepEqual(await wcagViolations(page), [], what);
}

test('a contact reports a quarter, the strategist returns it, the contact fixes it, the strategist approves', async () => {
  const strategistLogin = ctx.server.logins['strateg.kalmar@jamt.local'];
  const contactLogin = ctx.server.logins['kontakt.kalmar@jamt.local'];
  assert.ok(strategistLogin && contactLogin, 'the demo prints the Kalmar logins');
  const formId = await defineForm(strategistLogin);

  const contact = await (await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })).newPage();
  await logIn(contact, contactLogin);
  await contact.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Att rapportera' }).click();
  await contact.waitForURL(/\/rapportering$/);
  // The demo has its own quarterly form ("… – kvartalsstatistik"); this test's is the other one.
  const ours = (page) => page.getByRole('row').filter({ hasText: '2025Q4' }).filter({ hasNotText: 'kvartalsstatistik' });
  const row = ours(contact);
  assert.match(await row.innerText(), /ej påbörjad/);
  assert.match(await row.innerText(), /2026-01-30/);
  await axeClean(contact, 'Att rapportera');
  await row.getByRole('link', { name: 'Våld i nära relationer' }).click();
  await contact.waitForURL(new RegExp(`/rapportering/formular/${formId}/\\d+/2025Q4$`));
  const reportUrl = contact.url();
  await axeClean(contact, 'the empty report');

  // A wrong total: the message stands beside the cell, everything typed is kept.
  await fill(contact, '4', '1', '0', '6');
  await contact.getByRole('button', { name: 'Skicka in' }).click();
  await contact.waitForSelector('#values-E1-total-error');
  assert.match(await contact.locator('#values-E1-total-error').innerText(), /Totalt ska vara summan/);
  assert.match(await contact.getByRole('alert').innerText(), /sparades som utkast men skickades inte in/);
  assert.equal(await cell(contact, 'Kvinnor').inputValue(), '4');
  assert.equal(await cell(contact, 'Män').inputValue(), '1');
  assert.equal(await cell(contact, 'Totalt').inputValue(), '6');
  assert.equal(await cell(contact, 'Totalt').getAttribute('aria-invalid'), 'true');
  await contact.screenshot({ path: path.join(screenshotDir, 'reporting-rule.png'), fullPage: true });
  await axeClean(contact, 'the report stopped by a rule');

  await cell(contact, 'Totalt').fill('5');
  await contact.getByRole('button', { name: 'Skicka in' }).click();
  await contact.waitForURL(/\?klar=skickad$/);
  assert.match(await contact.getByRole('status').innerText(), /inskickad till länsstyrelsen/);
  await axeClean(contact, 'the submitted report');

  // The strategist returns it; a return needs a comment.
  const strategist = await (await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })).newPage();
  await logIn(strategist, strategistLogin);
  await strategist.goto(ctx.server.baseUrl + '/rapportering');
  await axeClean(strategist, "the board's overview");
  await strategist.locator(`a[href="${new URL(reportUrl).pathname}"]`).first().click();
  await strategist.waitForURL(reportUrl);
  await strategist.getByRole('button', { name: 'Returnera' }).click();
  await strategist.waitForSelector('#return_comment-error');
  assert.match(await strategist.locator('#return_comment-error').innerText(), /måste fyllas i/);
  await axeClean(strategist, 'the return without a comment');
  await strategist.getByLabel(/Kommentar till organisationen/).fill('Kontrollera antalet män.');
  await strategist.getByRole('button', { name: 'Returnera' }).click();
  await strategist.waitForURL(/\?klar=returnerad$/);
  await axeClean(strategist, 'the returned report');

  // The contact sees the comment, fixes the report and submits it again.
  await contact.goto(ctx.server.baseUrl + '/rapportering');
  const returned = ours(contact);
  assert.match(await returned.innerText(), /returnerad/);
  assert.match(await returned.innerText(), /Kontrollera antalet män\./);
  await returned.getByRole('link', { name: 'Våld i nära relationer' }).click();
  await contact.waitForURL(reportUrl);
  assert.equal(await cell(contact, 'Män').inputValue(), '1');
  await cell(contact, 'Män').fill('2');
  await cell(contact, 'Totalt').fill('6');
  await contact.getByRole('button', { name: 'Skicka in' }).click();
  await contact.waitForURL(/\?klar=skickad$/);

  // The strategist approves; the report is locked and its history in Swedish time.
  await strategist.goto(reportUrl);
  await strategist.getByRole('button', { name: 'Godkänn' }).click();
  await strategist.waitForURL(/\?klar=godkand$/);
  assert.match(await strategist.locator('.facts').innerText(), /godkänd/);
  assert.match(await strategist.getByRole('table').last().innerText(), /2026-01-12 10:00\s+strateg\.kalmar@jamt\.local\s+Godkände/);
  await axeClean(strategist, 'the approved report');
  await strategist.goto(`${ctx.server.baseUrl}/rapportering/formular/${formId}?period=2025Q4`);
  assert.match(await strategist.locator('table.completeness').innerText(), /\b1\b/);
  await axeClean(strategist, "the form's completeness page");
  // The approved numbers are statistics now: the measure VALD.E1 with women and men.
  await strategist.goto(ctx.server.baseUrl + '/statistik');
  await strategist.getByRole('link', { name: /Utsatta för våld/ }).first().click();
  await strategist.waitForURL(/\/statistik\/\d+$/);
  const measure = await strategist.locator('main').innerText();
  assert.match(measure, /Kvinnor och män över tid – Kalmar län/);
  // Period, women, men, total, women's share, women as % of men, 40/60.
  assert.match(measure, /2025Q4\s+4\s+2\s+6\s+66,7\s%\s+200,0\s%\s+Kvinnodominerad/);
  assert.match(measure, /Jämförelse 2025Q4: Kalmar läns kommuner/);
  await axeClean(strategist, 'the measure page of the approved numbers');

  await contact.goto(reportUrl);
  assert.match(await contact.locator('#las').innerText(), /godkänd och låst/);
  assert.equal(await contact.locator('#values-E1-men').innerText(), '2');
  await axeClean(contact, 'the locked report');
  // The organisation's history shows the approved quarter.
  await contact.goto(ctx.server.baseUrl + '/rapportering');
  await contact.getByRole('link', { name: 'all rapportering från din organisation' }).click();
  // (The demo form's reports are listed too; ours is the one approved today.)
  const approved = contact.getByRole('row').filter({ hasText: '2026-01-12 10:00 av strateg.kalmar@jamt.local' });
  assert.match(await approved.innerText(), /2025Q4/);
  assert.match(await approved.innerText(), /godkänd/);
  assert.match(await approved.innerText(), /2026-01-12 10:00 av strateg\.kalmar@jamt\.local/);
  await axeClean(contact, "the organisation's history");

  // The coordinator's view, here as the admin: the 21 counties side by side.
  const admin = await (await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })).newPage();
  await logIn(admin, ctx.server.logins['admin@jamt.local']);
  await admin.goto(`${ctx.server.baseUrl}/rapportering/formular/${formId}/nationellt`);
  // Without a period it shows the latest that has ended (on 12 January 2026: 2025Q4) …
  assert.equal(await admin.getByLabel('Period').inputValue(), '2025Q4');
  await axeClean(admin, 'the national completeness page');
  // … and the chooser lists today's period and the ones before it.
  await admin.getByLabel('Period').selectOption('2025Q3');
  await admin.getByRole('button', { name: 'Visa' }).click();
  await admin.waitForURL(/nationellt\?period=2025Q3$/);
  await admin.getByLabel('Period').selectOption('2025Q4');
  await admin.getByRole('button', { name: 'Visa' }).click();
  await admin.waitForURL(/nationellt\?period=2025Q4$/);
  const counties = admin.getByRole('table', { name: /Rapporteringsgrad per län, 2025Q4/ });
  assert.equal(await counties.locator('tbody tr').count(), 21);
  // Kalmar: one of its municipalities reported 2025Q4 and was approved.
  assert.match(await counties.getByRole('row', { name: /^Kalmar län/ }).innerText(), /Kalmar län\s+\d+\s+1\s+1\s+0\s+1\s+0/);
  await axeClean(admin, 'the national completeness page');
});
