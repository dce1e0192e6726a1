// A strategist builds a survey in the browser, keyboard only: the list, a
// new survey from the key-person template, the overview, "Öppna", two people
// invited by a pasted CSV list (after a list with a bad row, which is named
// and kept). Every page meets WCAG 2.1 AA (axe-core), errors shown included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

// The server's clock stands still at noon on 31 March 2026 in Sweden.
const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

async function logIn(page, { email, password }) {
  await page.goto(ctx.server.baseUrl + '/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/logga-in')),
    page.getByRole('button', { name: 'Logga in' }).click()]);
}

async function accessible(page, what) {
  assert.deepEqual(await wcagViolations(page), [], `WCAG violations on ${what}`);
  await page.screenshot({ path: path.join(screenshotDir, `survey-authoring-${what.replace(/\W+/g, '-')}.png`), fullPage: true });
}

// Presses Enter on `locator` after giving it the focus, and waits for the page that follows.
async function pressEnter(page, locator) {
  await locator.focus();
  await Promise.all([page.waitForLoadState('load'), page.waitForNavigation(), page.keyboard.press('Enter')]);
}

test('a strategist creates a survey from the key-person template, opens it and invites two by a pasted list', async () => {
  const page = await ctx.browser.newPage({ bypassCSP: true });
  await logIn(page, ctx.server.logins.strategist);
  await page.goto(ctx.server.baseUrl + '/hem');
  await pressEnter(page, page.getByRole('link', { name: 'Enkäter', exact: true }));
  assert.match(await page.locator('h1').innerText(), /Enkäter/);
  await accessible(page, 'the list');

  await pressEnter(page, page.getByRole('link', { name: 'Ny enkät' }));
  await accessible(page, 'the new survey form');
  await page.getByRole('radio', { name: /Nyckelpersoners bedömning/ }).focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Omgång', { exact: true }).focus();
  await page.keyboard.type('2025');
  await pressEnter(page, page.getByRole('button', { name: 'Skapa utkast' }));
  assert.match(page.url(), /\/enkater\/\d+\?skapad=1$/);
  assert.match(await page.locator('h1').innerText(), /Nyckelpersoners bedömning/);
  assert.match(await page.locator('main').innerText(), /meningsfullt/);
  await accessible(page, 'the overview (draft)');

  await pressEnter(page, page.getByRole('button', { name: 'Öppna' }));
  assert.match(await page.locator('[role=status]').innerText(), /Enkäten är öppen/);

  // A list with a bad address on row 3: nothing invited, the row named, the text kept.
  const list = page.getByLabel('Lista att klistra in');
  await list.focus();
  await page.keyboard.type('e-post;namn;kön\nanna@kommun.example.se;Anna;kvinna\nbo-at-kommun;Bo;man');
  await pressEnter(page, page.getByRole('button', { name: 'Bjud in listan' }));
  assert.match(await page.locator('.error-summary').innerText(), /rad 3, kolumn e-post/);
  assert.match(await page.locator('#csv-error').innerText(), /rad 3, kolumn e-post/);
  assert.match(await list.inputValue(), /bo-at-kommun;Bo;man/);
  await accessible(page, 'the overview with an error');

  await list.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('e-post;namn;kön\nanna@kommun.example.se;Anna;kvinna\nbo@kommun.example.se;Bo;man');
  await pressEnter(page, page.getByRole('button', { name: 'Bjud in listan' }));
  assert.match(await page.locator('[role=status]').innerText(), /2 inbjudningar skickade/);
  assert.match(await page.locator('main').innerText(), /0 har svarat av 2 inbjudna/);
  await accessible(page, 'the overview (open, invited)');
  await page.close();
});
