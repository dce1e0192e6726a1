// Issue 15, item 1 (engineer P2): county news, the county's contact and
// /lan in headless Chromium on the demo data, the server's clock at
// 2026-03-31. Kalmar's strategist saves the board's contact (a wrong e-mail
// is refused first, its message beside the field), writes a news item
// (a missing title refused first) and publishes it; the public reads the
// list, the item and /lan. WCAG 2.1 AA (axe-core) and no horizontal
// scrolling at 320 px on each page.
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

test('a strategist keeps the contact and publishes news; the public reads them and /lan', async () => {
  const base = ctx.server.baseUrl;
  const context = await ctx.browser.newContext({ bypassCSP: true, locale: 'sv-SE', viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  await signIn(page, base, ctx.server.logins.strategist);

  await page.goto(base + '/lan/08/installningar');
  assert.equal(await page.getByLabel(/^Myndighetens namn/).inputValue(), 'Länsstyrelsen i Kalmar län');
  await page.getByLabel(/^E-post/).fill('kalmar-lansstyrelsen.se');
  await page.getByLabel(/^Telefon/).fill('010-223 80 00');
  await page.getByLabel(/^Inledning$/).fill('Kalmar län arbetar för jämställdhet i hela länet.');
  await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
  assert.match(await page.locator('#email-error').innerText(), /Ange en e-postadress/);
  await checkPage(page, 'the contact form with an error', 'county-contact-error-320.png');
  await page.getByLabel(/^E-post/).fill('kalmar@lansstyrelsen.se');
  await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
  await page.waitForURL(/sparad=1/);
  assert.equal(await page.getByRole('status').innerText(), 'Uppgifterna är sparade.');
  await checkPage(page, 'the contact form saved', 'county-contact-320.png');

  await page.goto(base + '/lan/08/nyheter/ny');
  await page.getByLabel(/^Text \(/).fill('Länets nätverk träffas den 21 april.\n\nAnmäl dig senast 10 april.');
  await page.getByLabel('Publicera nu').check();
  await page.getByRole('button', { name: 'Spara nyheten' }).click();
  assert.match(await page.locator('#title-error').innerText(), /Ange en rubrik/);
  await checkPage(page, 'the news form with an error', 'news-form-error-320.png');
  await page.getByLabel(/^Rubrik \(/).fill('Nätverksträff i april');
  await page.getByRole('button', { name: 'Spara nyheten' }).click();
  await page.waitForURL(/nyheter\/\d+\?sparad=1/);
  assert.match(await page.locator('h1').innerText(), /Nätverksträff i april/);
  await checkPage(page, 'the item as its writer sees it', 'news-item-writer-320.png');
  await context.close();

  const publicPage = await ctx.browser.newPage({ bypassCSP: true, locale: 'sv-SE', viewport: { width: 320, height: 900 } });
  await publicPage.goto(base + '/lan/08/nyheter');
  assert.equal(await publicPage.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href'),
    '/lan/08/nyheter.atom');
  await checkPage(publicPage, 'the public news list', 'news-list-320.png');
  await publicPage.getByRole('link', { name: 'Nätverksträff i april' }).click();
  assert.match(await publicPage.locator('time').innerText(), /2026-03-31/);
  assert.equal(await publicPage.getByRole('button', { name: /Publicera|utkast/ }).count(), 0);
  await checkPage(publicPage, 'the public news item', 'news-item-320.png');

  await publicPage.goto(base + '/lan');
  assert.equal(await publicPage.locator('tbody tr').count(), 21);
  await checkPage(publicPage, 'the counties', 'lan-320.png');
  const feed = await publicPage.request.get(base + '/lan/08/nyheter.atom');
  assert.equal(feed.status(), 200);
  assert.match(feed.headers()['content-type'], /application\/atom\+xml/);
  assert.match(await feed.text(), /<title type="text">Nätverksträff i april<\/title>/);
  await publicPage.close();
});
