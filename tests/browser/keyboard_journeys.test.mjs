// Keyboard only (issue 15 item 3): three journeys without a mouse —
// page.keyboard only, Tab/Shift+Tab/Enter/Space/arrow keys — at a fixed date
// (31 March 2026): the public applies to join at /anslut/08, Kalmar's contact
// reports 2026Q1 at /rapportering, a respondent answers the demo's kartläggning
// through the link in the demo's reminder mail. On each page the skip link is
// the first Tab stop and moves the focus to main; every element the focus
// lands on shows a focus indicator (tabTo fails otherwise); each journey
// reaches its receipt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser } from './harness.mjs';
import { focused, tabTo, skipLinkWorks, waitForLink, keepScreenshot } from './a11y.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

async function newPage() {
  const context = await ctx.browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'sv-SE' });
  return context.newPage();
}

// Types `text` into the focused element and checks that it got there.
async function typeHere(page, text) {
  await page.keyboard.type(text);
}

// Signs `login` in with the keyboard on /logga-in; waits for `landing`.
async function keyboardSignIn(page, login, landing) {
  await page.goto(ctx.server.baseUrl + '/logga-in');
  await skipLinkWorks(page);
  await tabTo(page, (f) => f.id === 'email', 'the e-mail field');
  await typeHere(page, login.email);
  await tabTo(page, (f) => f.id === 'password', 'the password field');
  await typeHere(page, login.password);
  await page.keyboard.press('Enter');
  await page.waitForURL(landing);
}

test('the public applies to join at /anslut/08 with the keyboard only', async () => {
  const page = await newPage();
  await page.goto(ctx.server.baseUrl + '/anslut/08');
  await skipLinkWorks(page);
  const field = async (id, text) => {
    await tabTo(page, (f) => f.id === id, id);
    await typeHere(page, text);
  };
  await field('field-organisation_name', 'Tangentbordsföreningen');
  await field('field-org_number', '802000-0025');
  // A select: typing picks the option that starts with the letters.
  await field('field-organisation_type', 'Civil');
  await field('field-municipality_code', 'Kalmar');
  await field('field-contact_name', 'Tanja Tangent');
  await field('field-contact_email', 'tanja@tangent.exempel.se');
  await field('field-contact_phone', '0480-123 45');
  // A date field: its parts (month, day, year in this headless Chromium's
  // English order; year, month, day in a Swedish one) fill up one after the
  // other as the digits are typed.
  await field('field-decision_date', '01202025');
  if (await page.evaluate(() => document.activeElement.value) !== '2025-01-20') {
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('20250120');
  }
  await field('field-action_plan_url', 'https://tangent.exempel.se/plan');
  await tabTo(page, (f) => f.id === 'field-publish_consent', 'the consent');
  await page.keyboard.press('Space');
  const values = await page.evaluate(() => Object.fromEntries(['organisation_type', 'municipality_code', 'decision_date', 'publish_consent']
    .map((n) => { const e = document.getElementById(`field-${n}`); return [n, e.type === 'checkbox' ? e.checked : e.value]; })));
  assert.deepEqual(values, { organisation_type: 'civilsamhalle', municipality_code: '0880', decision_date: '2025-01-20', publish_consent: true });
  await tabTo(page, (f) => f.tag === 'button' && f.text === 'Skicka ansökan', 'the send button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('h1:has-text("Ansökan är mottagen")');
  assert.match(await page.getByRole('status').innerText(), /Tangentbordsföreningen/);
  await skipLinkWorks(page);
  console.log(`# receipt: ${await keepScreenshot(page, 'keyboard-joining-receipt')}`);
  await page.context().close();
});

test('a contact reports a period at /rapportering with the keyboard only', async () => {
  const page = await newPage();
  await keyboardSignIn(page, ctx.server.logins['kontakt.kalmar@jamt.local'], /\/hem$/);
  await skipLinkWorks(page);
  // The main menu's "Att rapportera", then the quarter that is not begun.
  await tabTo(page, (f) => f.tag === 'a' && f.href === '/rapportering', 'Att rapportera in the menu');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/rapportering$/);
  await skipLinkWorks(page);
  await tabTo(page, (f) => f.tag === 'a' && f.href.endsWith('/2026Q1'), 'the 2026Q1 report');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/2026Q1$/);
  await skipLinkWorks(page);
  // Every cell: women 3, men 2, other/unknown 0, total 5.
  const byColumn = { women: '3', men: '2', unknown: '0', total: '5' };
  let cells = 0;
  for (;;) {
    const f = await tabTo(page, (x) => x.id.startsWith('values-') || (x.tag === 'button' && x.text === 'Skicka in'), 'a cell or Skicka in');
    if (f.tag === 'button') break;
    await page.keyboard.type(byColumn[f.id.split('-').pop()] ?? '1');
    cells++;
  }
  assert.ok(cells >= 4, `${cells} cells typed`);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\?klar=skickad$/);
  assert.match(await page.getByRole('status').innerText(), /inskickad till länsstyrelsen/);
  await skipLinkWorks(page);
  console.log(`# receipt: ${await keepScreenshot(page, 'keyboard-reporting-receipt')}`);
  await page.context().close();
});

test('a respondent answers the demo survey through the mailed link with the keyboard only', async () => {
  // The demo's reminder to a municipal contact who has not begun.
  const link = await waitForLink(ctx.server, 'kontakt10@kommun.exempel.se', /\/enkat\/[0-9a-f]{64}/);
  const page = await newPage();
  await page.goto(ctx.server.baseUrl + link);
  assert.match(await page.locator('h1').innerText(), /kartläggning/);
  await skipLinkWorks(page);
  // Each radio group: Space picks the first choice, ArrowDown moves to the
  // next one ("Delvis"); texts get a sentence, numbers a number.
  let answered = 0;
  for (;;) {
    const f = await tabTo(page, (x) => ['input', 'textarea'].includes(x.tag) || (x.tag === 'button' && x.text === 'Skicka in'),
      'a question or Skicka in');
    if (f.tag === 'button') break;
    if (f.type === 'radio') {
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      const after = await focused(page);
      assert.ok(after.visible, `the focus shows after the arrow key in ${after.name}`);
    } else if (f.type === 'checkbox') {
      await page.keyboard.press('Space');
    } else if (f.tag === 'textarea') {
      await page.keyboard.type('Vi har haft två utbildningsdagar.');
    } else {
      await page.keyboard.type('4');
    }
    answered++;
  }
  assert.ok(answered >= 10, `${answered} questions answered`);
  const delvis = await page.evaluate(() => document.querySelectorAll('input[type=radio]:checked').length);
  assert.ok(delvis >= 9, `${delvis} radio groups answered`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('h1:has-text("Tack för dina svar!")');
  await skipLinkWorks(page);
  console.log(`# receipt: ${await keepScreenshot(page, 'keyboard-survey-receipt')}`);
  await page.context().close();
});
