// The four journeys of issue 15 item 5, in Swedish and in English (?lang=en),
// at a fixed date (31 March 2026), with a screenshot of each step kept in
// tests/browser/artifacts/ (printed): the public reads Kalmar's statistics
// and applies to join; Kalmar's strategist approves the application; a
// contact reports a period; a respondent answers the demo survey. Each asserts
// what a user sees: the headings, the receipt, the approved status.
//
// The pages are found by addresses and form actions, not by their words, so
// the same steps run in both languages; the words are asserted per language.
// English words are checked once ENGLISH_READY (a11y.mjs) is turned on, the
// language of the page once LANGUAGE_SWITCH_READY is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser } from './harness.mjs';
import { withLang, waitForLink, keepScreenshot, ENGLISH_READY, LANGUAGE_SWITCH_READY } from './a11y.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

// Per language: who applies, which contact reports, which respondent answers.
const CAST = {
  sv: { organisation: 'Resande föreningen Sv', orgNumber: '802000-0025', contact: 'kontakt.kalmar@jamt.local',
    respondent: 'kontakt11@kommun.exempel.se' },
  en: { organisation: 'Travelling Association En', orgNumber: '802000-0041', contact: 'kontakt.vastervik@jamt.local',
    respondent: 'kontakt12@kommun.exempel.se' },
};

// What a user reads, per language. The English texts are checked once the
// catalogue is in (ENGLISH_READY); before that only the Swedish ones are.
const TEXT = {
  statistics: { sv: /^Statistik$/, en: /^Statistics$/ },
  overTime: { sv: /Kvinnor och män över tid – Kalmar län/, en: /Women and men over time – Kalmar/ },
  applyHeading: { sv: /Anslut din verksamhet/, en: /Join/i },
  received: { sv: /Ansökan är mottagen/, en: /application has been received/i },
  approved: { sv: /Godkänd/, en: /Approved/ },
  toReport: { sv: /Att rapportera/, en: /To report/i },
  submitted: { sv: /inskickad till länsstyrelsen/, en: /submitted to the county administrative board/i },
  thanks: { sv: /Tack för dina svar!/, en: /Thank you for your answers/i },
};

// Asserts that `actual` reads as TEXT[key] in `lang` (English only when ready).
function reads(actual, key, lang, what) {
  if (lang === 'en' && !ENGLISH_READY) return;
  assert.match(actual.trim(), TEXT[key][lang], `${what} (${lang})`);
}

async function open(lang, viewport = { width: 1024, height: 800 }) {
  const context = await ctx.browser.newContext({ viewport, locale: lang === 'en' ? 'en-GB' : 'sv-SE' });
  return context.newPage();
}

// Goes to `url` in `lang` and checks the page's language.
async function visit(page, url, lang) {
  await page.goto(ctx.server.baseUrl + withLang(url, lang));
  if (LANGUAGE_SWITCH_READY) assert.equal(await page.getAttribute('html', 'lang'), lang, `<html lang> of ${url}`);
}

async function signIn(page, email, lang) {
  await visit(page, '/logga-in', lang);
  await page.fill('#email', email);
  await page.fill('#password', ctx.server.logins[email].password);
  await page.click('main form button[type=submit]');
  await page.waitForURL((u) => !u.pathname.startsWith('/logga-in'));
}

async function shot(t, page, name) {
  t.diagnostic(`screenshot: ${await keepScreenshot(page, name)}`);
}

for (const lang of ['sv', 'en']) {
  const cast = CAST[lang];

  test(`${lang}: the public reads Kalmar's statistics and applies to join`, async (t) => {
    const page = await open(lang, { width: 390, height: 844 });
    await visit(page, '/statistik', lang);
    reads(await page.locator('h1').innerText(), 'statistics', lang, 'the statistics heading');
    await page.click('main a[href="/statistik/28"]');
    await page.waitForURL(/\/statistik\/28/);
    await page.selectOption('#region', '08');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(/region=08/);
    reads(await page.locator('#over-tid').innerText(), 'overTime', lang, 'the chart and table over time');
    assert.match(await page.locator('#over-tid').innerText(), /Kalmar/);
    assert.ok(await page.locator('table caption', { hasText: 'Kalmar' }).count() >= 1, 'a table of Kalmar with its caption');
    await shot(t, page, `journey-${lang}-1-statistics-kalmar`);

    await visit(page, '/anslutna/08', lang);
    await page.click('main a[href="/anslut/08"]');
    await page.waitForURL(/\/anslut\/08/);
    reads(await page.locator('h1').innerText(), 'applyHeading', lang, 'the application heading');
    await page.fill('#field-organisation_name', cast.organisation);
    await page.fill('#field-org_number', cast.orgNumber);
    await page.selectOption('#field-organisation_type', 'civilsamhalle');
    await page.selectOption('#field-municipality_code', '0880');
    await page.fill('#field-contact_name', 'Resa Resenär');
    await page.fill('#field-contact_email', `resa.${lang}@exempel.se`);
    await page.fill('#field-contact_phone', '0480-111 11');
    await page.fill('#field-decision_date', '2025-02-03');
    await page.fill('#field-action_plan_url', `https://exempel.se/${lang}/plan`);
    await page.check('#field-publish_consent');
    await shot(t, page, `journey-${lang}-2-application`);
    await page.click('form[action="/anslut/08"] button[type=submit]');
    await page.waitForSelector('main [role=status]');
    reads(await page.locator('h1').innerText(), 'received', lang, 'the receipt');
    assert.match(await page.getByRole('status').innerText(), new RegExp(cast.organisation));
    await shot(t, page, `journey-${lang}-3-receipt`);
    await page.context().close();
  });

  test(`${lang}: the strategist approves the application`, async (t) => {
    const page = await open(lang);
    await signIn(page, 'strateg.kalmar@jamt.local', lang);
    await visit(page, '/anslutningar', lang);
    await page.click(`main a:text-is("${cast.organisation}")`);
    await page.waitForURL(/\/anslutningar\/\d+/);
    assert.equal(await page.locator('h1').innerText(), cast.organisation);
    await page.click('form[action$="/godkann"] button[type=submit]');
    await page.waitForURL(/sparad=1/);
    reads(await page.locator('dl.record').innerText(), 'approved', lang, 'the approved status');
    await shot(t, page, `journey-${lang}-4-approved`);
    // The public list shows the organisation now.
    await visit(page, '/anslutna/08', lang);
    assert.equal(await page.locator('main tr', { hasText: cast.organisation }).count(), 1);
    await page.context().close();
  });

  test(`${lang}: a contact reports 2026Q1`, async (t) => {
    const page = await open(lang);
    await signIn(page, cast.contact, lang);
    await visit(page, '/rapportering', lang);
    reads(await page.locator('h1').innerText(), 'toReport', lang, 'the reporting heading');
    await page.click('main a[href$="/2026Q1"]');
    await page.waitForURL(/\/2026Q1/);
    const byColumn = { women: '4', men: '3', unknown: '0', total: '7' };
    for (const id of await page.locator('input[id^="values-"]').evaluateAll((es) => es.map((e) => e.id))) {
      await page.fill(`#${id}`, byColumn[id.split('-').pop()] ?? '1');
    }
    await shot(t, page, `journey-${lang}-5-report`);
    await page.click('button[value=skicka]');
    await page.waitForURL(/klar=skickad/);
    reads(await page.getByRole('status').innerText(), 'submitted', lang, 'the receipt of the report');
    await shot(t, page, `journey-${lang}-6-report-submitted`);
    await page.context().close();
  });

  test(`${lang}: a respondent answers the demo survey`, async (t) => {
    const link = await waitForLink(ctx.server, cast.respondent, /\/enkat\/[0-9a-f]{64}/);
    const page = await open(lang, { width: 390, height: 844 });
    await visit(page, link, lang);
    assert.match(await page.locator('h1').innerText(), /kartläggning/i, 'the survey title (content, as written)');
    for (const name of await page.locator('input[type=radio]').evaluateAll((es) => [...new Set(es.map((e) => e.name))])) {
      await page.locator(`input[type=radio][name="${name}"]`).first().check();
    }
    for (const input of await page.locator('main form input[type=text]').all()) await input.fill('3');
    for (const area of await page.locator('main form textarea').all()) await area.fill('Två utbildningsdagar.');
    await shot(t, page, `journey-${lang}-7-survey`);
    await page.click('button[value=skicka]');
    await page.waitForSelector('h1');
    reads(await page.locator('h1').innerText(), 'thanks', lang, 'the thanks');
    assert.equal(await page.locator('button[value=skicka]').count(), 0, 'the form is gone');
    await shot(t, page, `journey-${lang}-8-survey-thanks`);
    await page.context().close();
  });
}
