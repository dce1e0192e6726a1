// The results page /enkater/{id}/resultat in headless Chromium, at a fixed
// date (31 March 2026): Kalmar's strategist makes, opens and sends a survey
// over the JSON API; twelve of fourteen answer through their links; the
// strategist opens the results page — WCAG 2.1 AA (axe-core), each chart
// followed by its table, the breakdown chooser working without JavaScript,
// and "Dölj" taking an open answer out of the results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

async function api(method, url, body, session) {
  const headers = { 'Content-Type': 'application/json' };
  if (session) Object.assign(headers, { Cookie: session.cookie, 'X-CSRF-Token': session.csrf });
  const res = await fetch(ctx.server.baseUrl + url, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null, text };
}

async function signIn(who) {
  const login = await fetch(ctx.server.baseUrl + '/api/v1/auth/login', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(who),
  });
  assert.equal(login.status, 200);
  const { csrf_token: csrf } = await login.json();
  return { csrf, cookie: login.headers.get('set-cookie').split(';')[0] };
}

async function logIn(page, { email, password }) {
  await page.goto(ctx.server.baseUrl + '/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
}

// The token of the survey link mailed to `to`, once the background queue has written it.
async function tokenInOutbox(to) {
  const dir = path.join(ctx.server.dataDir, 'mail-outbox');
  for (let i = 0; i < 100; i++) {
    if (existsSync(dir)) {
      const texts = readdirSync(dir).filter((f) => f.endsWith('.eml'))
        .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/=\r\n/g, ''))
        .filter((t) => t.includes(`\r\nTo: ${to}\r\n`));
      if (texts.length === 1) return texts[0].match(/\/enkat\/([0-9a-f]{64})/)[1];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no survey mail to ${to}`);
}

test('the strategist reads the results: charts with tables, a breakdown without JavaScript, hiding an answer', async () => {
  const base = ctx.server.baseUrl;
  const strategist = await signIn(ctx.server.logins.strategist);
  const made = await api('POST', '/api/v1/surveys', {
    title: 'Nyckelpersoner 2025', round: '2025', anonymous: false,
    questions: [
      { code: 'Q1', kind: 'agreement4', text: 'Länsstyrelsen stödjer vårt arbete.', required: true },
      { code: 'Q2', kind: 'yes_partly_no', text: 'Har ni en handlingsplan?' },
      { code: 'Q3', kind: 'text', text: 'Övriga synpunkter' },
    ],
  }, strategist);
  assert.equal(made.status, 201, made.text);
  const id = made.json.id;
  assert.equal((await api('POST', `/api/v1/surveys/${id}/open`, {}, strategist)).status, 200);
  const people = [...Array(14).keys()].map((i) => ({
    email: `person${i}@kommun.example.se`, profile: { sektor: i < 6 ? 'myndighet' : i < 9 ? 'civil' : 'annat' },
  }));
  const invited = await api('POST', `/api/v1/surveys/${id}/invitations`, { respondents: people }, strategist);
  assert.deepEqual(invited.json, { invited: 14 });
  for (let i = 0; i < 12; i++) {
    const token = await tokenInOutbox(people[i].email);
    const answers = { Q1: i < 7 ? 'helt' : 'delvis', Q2: i % 2 ? 'ja' : 'nej' };
    if (i === 0) answers.Q3 = 'Ett svar som ska döljas.';
    if (i === 1) answers.Q3 = 'Tydligt stöd.';
    const saved = await api('PUT', `/api/v1/responses/${token}`, { answers, submit: true });
    assert.equal(saved.status, 200, saved.text);
  }

  const url = `${base}/enkater/${id}/resultat`;
  const context = await ctx.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await logIn(page, ctx.server.logins.strategist);
  await page.goto(url);
  assert.match(await page.locator('h1').innerText(), /Nyckelpersoner 2025/);
  assert.match(await page.locator('.survey-rate').innerText(), /^12 av 14 inbjudna svarade – 85,7\u00a0%$/);
  assert.deepEqual(await wcagViolations(page), [], 'results page');
  // Each chart is followed by a table of the same numbers, with a caption and row headers.
  const figures = page.locator('figure.survey-question');
  assert.equal(await figures.count(), 3);
  for (let i = 0; i < 2; i++) {
    // The table sits in its own scroll box (docs/accessibility.md, "Wide tables").
    const children = await figures.nth(i).evaluate((f) => [...f.children].map((c) =>
      c.tagName.toLowerCase() + (c.classList.contains('table-scroll') ? ' > ' + c.firstElementChild.tagName.toLowerCase() : '')));
    assert.deepEqual(children, ['svg', 'div > table'], `figure ${i}`);
    assert.equal(await figures.nth(i).locator('svg').getAttribute('role'), 'img');
    assert.equal(await figures.nth(i).locator('svg title').first().count(), 1);
  }
  const q1 = figures.nth(0).locator('table');
  assert.match(await q1.locator('caption').innerText(), /Länsstyrelsen stödjer vårt arbete/);
  assert.match(await q1.getByRole('row', { name: /Stämmer helt/ }).innerText(), /7\s+58,3\u00a0%/);
  await page.screenshot({ path: path.join(screenshotDir, 'survey-results.png'), fullPage: true });

  // "Dölj" takes the answer out and counts it.
  const answer = page.getByRole('listitem').filter({ hasText: 'Ett svar som ska döljas.' });
  await answer.getByRole('button', { name: /Dölj/ }).click();
  await page.waitForURL(/resultat#fraga-Q3$/);
  assert.equal(await page.getByText('Ett svar som ska döljas.').count(), 0);
  assert.equal(await page.getByText('Tydligt stöd.').count(), 1);
  assert.equal(await page.getByText('Dolda svar: 1').count(), 1);
  await context.close();

  // The breakdown chooser is a plain GET form: it works without JavaScript.
  const noJs = await ctx.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const plain = await noJs.newPage();
  await logIn(plain, ctx.server.logins.strategist);
  await plain.goto(url);
  await plain.getByLabel('Dela upp efter').selectOption('sektor');
  await plain.getByRole('button', { name: 'Visa' }).click();
  await plain.waitForURL(/resultat\?by=sektor$/);
  assert.match(await plain.locator('main').innerText(), /Uppdelat efter sektor/);
  const groups = plain.locator('table.survey-breakdown').first();
  assert.match(await groups.innerText(), /myndighet/);
  assert.match(await groups.innerText(), /Övriga/, 'three civil and three annat are too few to be shown apart');
  await noJs.close();

  const axeContext = await ctx.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const axePage = await axeContext.newPage();
  await logIn(axePage, ctx.server.logins.strategist);
  await axePage.goto(`${url}?by=sektor`);
  assert.deepEqual(await wcagViolations(axePage), [], 'results page with a breakdown');
  await axePage.screenshot({ path: path.join(screenshotDir, 'survey-results-breakdown.png'), fullPage: true });
  await axeContext.close();
});
