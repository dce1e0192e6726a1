// The respondent's page /enkat/{token} in headless Chromium, at a fixed date
// (31 March 2026): Kalmar's strategist makes and opens a survey over the
// JSON API and invites a respondent; the respondent opens the link from the
// mail in the outbox — without JavaScript, 320 px wide, keyboard only —
// saves, comes back, is stopped beside the required question, submits, and
// the used link answers 410. Every page meets WCAG 2.1 AA (axe-core, in a
// second context with JavaScript, which axe needs).
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

// The survey link mailed to `to`, once the background queue has written it.
async function linkInOutbox(to) {
  const dir = path.join(ctx.server.dataDir, 'mail-outbox');
  for (let i = 0; i < 100; i++) {
    if (existsSync(dir)) {
      const texts = readdirSync(dir).filter((f) => f.endsWith('.eml'))
        .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/=\r\n/g, ''))
        .filter((t) => t.includes(`\r\nTo: ${to}\r\n`));
      if (texts.length === 1) return texts[0].match(/\/enkat\/[0-9a-f]{64}/)[0];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no survey mail to ${to}`);
}

async function axeClean(browser, url, what) {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  assert.deepEqual(await wcagViolations(page), [], what);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what}: ${overflow} px wider than 320 px`);
  await page.screenshot({ path: path.join(screenshotDir, `survey-${what}.png`), fullPage: true });
  await context.close();
}

test('a respondent answers through the link without JavaScript, keyboard only, at 320 px', async () => {
  const base = ctx.server.baseUrl;
  const strategist = await signIn(ctx.server.logins.strategist);
  const made = await api('POST', '/api/v1/surveys', {
    title: 'Nyckelpersoner 2025', anonymous: true,
    questions: [
      { code: 'Q1', kind: 'agreement4', text: 'Länsstyrelsen stödjer vårt arbete.', required: true,
        help: 'Tänk på det senaste året.' },
      { code: 'Q2', kind: 'multiple', text: 'Vilka stöd har ni använt?',
        options: [{ value: 'utb', label: 'Utbildning' }, { value: 'natv', label: 'Nätverk' }] },
      { code: 'Q3', kind: 'matrix', text: 'Hur väl stämmer påståendena?', section: 'Stödet',
        statements: [{ code: 's1', text: 'Stödet är tydligt.' }, { code: 's2', text: 'Stödet är lätt att nå.' }] },
      { code: 'Q4', kind: 'text', text: 'Övriga synpunkter' },
    ],
  }, strategist);
  assert.equal(made.status, 201, made.text);
  assert.equal((await api('POST', `/api/v1/surveys/${made.json.id}/open`, {}, strategist)).status, 200);
  const invited = await api('POST', `/api/v1/surveys/${made.json.id}/invitations`,
    { respondents: [{ email: 'svarande@kommun.example.se' }] }, strategist);
  assert.deepEqual(invited.json, { invited: 1 });
  const link = base + await linkInOutbox('svarande@kommun.example.se');

  await axeClean(ctx.browser, link, 'form');
  const context = await ctx.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  await page.goto(link);
  assert.match(await page.locator('h1').innerText(), /Nyckelpersoner 2025/);
  // Questions are fieldsets with legends; the matrix one fieldset per statement.
  assert.equal(await page.getByRole('group', { name: /Stödet är tydligt/ }).count(), 1);

  // Keyboard only: pick "Stämmer delvis" on Q1 and "Nätverk" on Q2, save.
  await page.getByRole('radio', { name: 'Stämmer delvis' }).first().focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: 'Nätverk' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Spara och fortsätt senare' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('text=Dina svar är sparade');

  // Coming back: the saved answers are there.
  await page.goto(link);
  assert.equal(await page.getByRole('radio', { name: 'Stämmer delvis' }).first().isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: 'Nätverk' }).isChecked(), true);

  // Clearing the required question is not possible with radios; a fresh
  // respondent shows the error beside it: submit with nothing chosen.
  const invited2 = await api('POST', `/api/v1/surveys/${made.json.id}/invitations`,
    { respondents: [{ email: 'andra@kommun.example.se' }] }, strategist);
  assert.equal(invited2.json.invited, 1);
  const link2 = base + await linkInOutbox('andra@kommun.example.se');
  await page.goto(link2);
  await page.getByRole('button', { name: 'Skicka in' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#q-Q1-error');
  assert.match(await page.locator('#q-Q1-error').innerText(), /Frågan måste besvaras/);
  assert.match(await page.locator('.error-summary').innerText(), /Länsstyrelsen stödjer vårt arbete/);

  // The first respondent submits: a thank-you page; the link is then used.
  await page.goto(link);
  await page.getByRole('radio', { name: 'Stämmer helt' }).first().focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Ditt svar').focus();
  await page.keyboard.type('Bra stöd från länsstyrelsen.');
  await page.getByRole('button', { name: 'Skicka in' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('text=Tack för dina svar!');
  const used = await page.goto(link);
  assert.equal(used.status(), 410);
  assert.match(await page.locator('main').innerText(), /Du har redan svarat/);
  await axeClean(ctx.browser, link, 'used');
  const unknown = await page.goto(base + '/enkat/' + 'a'.repeat(64));
  assert.equal(unknown.status(), 404);
  assert.match(await page.locator('main').innerText(), /Länken finns inte/);
  await axeClean(ctx.browser, base + '/enkat/' + 'a'.repeat(64), 'unknown');
  await axeClean(ctx.browser, link2, 'second');
  // The page with its errors shown meets WCAG 2.1 AA too.
  const errorsContext = await ctx.browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 900 } });
  const errorsPage = await errorsContext.newPage();
  await errorsPage.goto(link2);
  await errorsPage.getByRole('button', { name: 'Skicka in' }).click();
  await errorsPage.waitForSelector('#q-Q1-error');
  assert.deepEqual(await wcagViolations(errorsPage), []);
  assert.equal(await errorsPage.locator('#q-Q1').getAttribute('aria-describedby'), 'q-Q1-help q-Q1-error');
  await errorsPage.screenshot({ path: path.join(screenshotDir, 'survey-errors.png'), fullPage: true });
  await errorsContext.close();
  await context.close();
});
