// Accessibility beyond a clean axe run (issue 15 item 3, docs/accessibility.md),
// in headless Chromium against the demo at a fixed date: a form shown again
// with problems puts focus on its error summary, whose links lead to fields
// that name their errors (aria-describedby, aria-invalid); the skip link shows
// when focused and leads to the content; the accessibility statement is linked
// from the footer, reflows at 320 px, survives the text-spacing overrides of
// WCAG 1.4.12 and prints without navigation; a statistics filter says what
// the tables now show, in a live region, and works without JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, noHorizontalScroll, signIn, screenshotDir } from './harness.mjs';

// Chromium asks for English by default; these checks read the Swedish pages.
const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

// The text-spacing overrides of WCAG 1.4.12 (the bookmarklet's values).
const textSpacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

// Elements whose content is cut off: more content than box, with overflow hidden.
async function clipped(page) {
  return page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => {
    const style = getComputedStyle(e);
    if (e.closest('.visually-hidden, [hidden]') || style.display === 'none') return false;
    const hides = (v) => v === 'hidden' || v === 'clip';
    return (hides(style.overflowY) && e.scrollHeight > e.clientHeight + 1) ||
      (hides(style.overflowX) && e.scrollWidth > e.clientWidth + 1);
  }).map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')));
}

test('a form with problems focuses its error summary, and each link leads to a field that names its error', async () => {
  const context = await ctx.browser.newContext({ bypassCSP: true, locale: 'sv-SE' });
  const page = await context.newPage();
  const base = ctx.server.baseUrl;
  await signIn(page, base, ctx.server.logins.strategist);
  await page.goto(base + '/organisationer/ny');
  await page.getByLabel('Namn').fill('Föreningen Jämlikt Kalmar');
  await page.getByLabel('Organisationsnummer').fill('802400-1234');
  await page.getByLabel('Webbplats').fill('jamlikt.exempel.se');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.waitForSelector('.error-summary');

  // Focus is on the summary, which is announced and names each problem.
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
  const summary = page.locator('.error-summary');
  assert.equal(await summary.getAttribute('role'), 'alert');
  assert.match(await summary.innerText(), /Ingenting sparades\. Rätta följande:/);
  const links = summary.getByRole('link');
  assert.ok(await links.count() >= 2, 'one link per problem');

  // Every field with a problem is invalid and described by its message.
  const number = page.getByLabel('Organisationsnummer');
  assert.equal(await number.getAttribute('aria-invalid'), 'true');
  const describedBy = (await number.getAttribute('aria-describedby')).split(' ');
  assert.ok(describedBy.includes('org_number-error'), describedBy.join(' '));
  assert.match(await page.locator('#org_number-error').innerText(), /kontrollsiffra/);
  const description = await number.evaluate((el) => el.getAttribute('aria-describedby').split(' ')
    .map((id) => document.getElementById(id).textContent).join(' '));
  assert.match(description, /kontrollsiffra/);

  // The summary's link for the number moves focus to the number's field.
  await summary.getByRole('link', { name: /kontrollsiffra/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'field-org_number');
  // …and with the keyboard: Tab from the summary reaches its first link.
  await summary.focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('.error-summary') !== null), true);

  await page.screenshot({ path: path.join(screenshotDir, 'accessibility-error-summary.png'), fullPage: true });
  assert.deepEqual(await wcagViolations(page), []);
  await context.close();
});

test('the skip link appears on the first Tab and leads to the main content', async () => {
  const page = await ctx.browser.newPage({ bypassCSP: true, locale: 'sv-SE' });
  await page.goto(ctx.server.baseUrl + '/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
  const box = await skip.boundingBox();
  assert.ok(box && box.x >= 0 && box.y >= 0 && box.width > 0, 'visible on focus: ' + JSON.stringify(box));
  // The focus ring: a 3 px outline.
  assert.equal(await skip.evaluate((el) => getComputedStyle(el).outlineWidth), '3px');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'innehall');
  await page.close();
});

test('the accessibility statement is in every footer, reflows at 320 px, keeps its text with wider spacing and prints without navigation', async () => {
  const context = await ctx.browser.newContext({ bypassCSP: true, locale: 'sv-SE', viewport: { width: 320, height: 720 } });
  const page = await context.newPage();
  await page.goto(ctx.server.baseUrl + '/statistik');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await page.waitForURL(/\/tillganglighet$/);
  assert.equal(await page.locator('h1').innerText(), 'Tillgänglighetsredogörelse');
  assert.equal(await page.locator('h1').count(), 1);
  const text = await page.locator('main').innerText();
  assert.match(text, /delvis förenlig/);
  assert.match(text, /Myndigheten för digital förvaltning \(DIGG\)/);
  assert.equal(await page.getByRole('link', { name: 'anmäla bristande tillgänglighet till DIGG' }).getAttribute('href'),
    'https://www.digg.se/tdosanmalan');
  assert.match(text, /Senaste bedömningen gjordes \d{4}-\d{2}-\d{2}/);
  await noHorizontalScroll(page, '/tillganglighet at 320 px');
  assert.deepEqual(await wcagViolations(page), []);
  await page.screenshot({ path: path.join(screenshotDir, 'accessibility-statement-320.png'), fullPage: true });

  await page.addStyleTag({ content: textSpacing });
  await noHorizontalScroll(page, '/tillganglighet with text spacing');
  assert.deepEqual(await clipped(page), []);

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('nav.main-nav').isVisible(), false);
  assert.equal(await page.locator('footer').isVisible(), false);
  const after = await page.locator('a[href="mailto:jamt@lansstyrelsen.se"]').first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  assert.equal(after, '" (mailto:jamt@lansstyrelsen.se)"');
  await context.close();

  // In English: the statement translated, the page in lang="en", still axe clean.
  const english = await ctx.browser.newPage({ bypassCSP: true });
  await english.goto(ctx.server.baseUrl + '/tillganglighet?lang=en');
  assert.equal(await english.locator('html').getAttribute('lang'), 'en');
  assert.equal(await english.locator('h1').innerText(), 'Accessibility statement');
  assert.match(await english.locator('main').innerText(), /Jämt is partially compliant/);
  assert.deepEqual(await wcagViolations(english), []);
  await english.close();
});

test('a statistics filter says in a live region what the table now shows, and works without JavaScript', async () => {
  const base = ctx.server.baseUrl;
  const page = await ctx.browser.newPage({ bypassCSP: true, locale: 'sv-SE' });
  await page.goto(base + '/statistik');
  const href = await page.getByRole('link', { name: /Live births/ }).getAttribute('href');
  await page.goto(base + href);
  await page.getByLabel('Region', { exact: true }).selectOption('08');
  const button = page.getByRole('button', { name: 'Visa' });
  await button.click();
  const live = page.locator('[aria-live="polite"]#filter-announcement');
  await page.waitForFunction(() => /Diagrammen och tabellerna nedan visar/.test(document.getElementById('filter-announcement')?.textContent || ''));
  assert.match(await live.innerText(), /^Diagrammen och tabellerna nedan visar Live births.* för kvinnor och män i Kalmar län, \d{4}–\d{4}/);
  assert.match(page.url(), /region=08/);
  assert.equal(await button.evaluate((el) => el === document.activeElement), true, 'focus stays on the button');
  assert.match(await page.locator('#over-tid').innerText(), /Kalmar län/);
  assert.deepEqual(await wcagViolations(page), []);
  await page.close();

  const context = await ctx.browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
  const plain = await context.newPage();
  await plain.goto(base + href);
  await plain.getByLabel('Region', { exact: true }).selectOption('08');
  await plain.getByRole('button', { name: 'Visa' }).click();
  await plain.waitForURL(/region=08/);
  assert.match(await plain.locator('.shown-now').innerText(), /visar Live births.* i Kalmar län/);
  await context.close();
});
