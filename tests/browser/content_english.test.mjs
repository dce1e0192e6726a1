// Issue 15, item 4 (last part): content in English where its author gives it
// (docs/i18n.md, "Content in English"). On the demo, Kalmar's strategy has an
// English title, vision and goal-area titles, with Swedish-only sub-goals
// below them. In headless Chromium with ?lang=en: axe-core (WCAG 2.1 AA)
// finds nothing on the strategy page and the county portal, the English is
// shown, and every element marked lang="sv" holds Swedish text — Swedish
// letters or words, not the program's English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

// Words that only Swedish text of these pages has; with å, ä, ö they tell
// Swedish from English.
const SWEDISH = /[åäöÅÄÖ]|\b(och|att|för|ska|med|som|är|i|av|till|län|kvinnor|män|mål|delmål|verksamheter|arbete|svenska)\b/i;

async function markedSwedish(page) {
  return page.$$eval('body [lang="sv"]', (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
}

async function checkEnglishPage(page, url, what, shot) {
  await page.goto(url);
  assert.equal(await page.getAttribute('html', 'lang'), 'en', what);
  assert.deepEqual(await wcagViolations(page), [], what);
  const marked = await markedSwedish(page);
  for (const text of marked) {
    assert.ok(text.length > 0, `${what}: an element marked lang="sv" is empty`);
    assert.match(text, SWEDISH, `${what}: marked Swedish but reads as English: "${text}"`);
  }
  await page.screenshot({ path: path.join(screenshotDir, shot), fullPage: true });
  return marked;
}

test('the English strategy page and portal show the English and mark the Swedish fallback', async () => {
  const base = ctx.server.baseUrl;
  const page = await ctx.browser.newPage({ bypassCSP: true, locale: 'en-GB' });
  await page.goto(base + '/lan/08?lang=en');
  const strategyUrl = await page.locator('#strategy-link').getAttribute('href');
  assert.match(strategyUrl, /^\/strategier\/\d+$/);

  const portal = await checkEnglishPage(page, base + '/lan/08?lang=en', 'the county portal in English',
    'content-english-portal.png');
  assert.match(await page.locator('#strategy-link').innerText(), /^A gender-equal Kalmar County/);
  assert.ok(portal.some((t) => t.startsWith('Verksamheter i Kalmar län')), 'the goal area without English is marked');

  const strategy = await checkEnglishPage(page, base + strategyUrl + '?lang=en', 'the strategy page in English',
    'content-english-strategy.png');
  assert.match(await page.locator('h1').innerText(), /^A gender-equal Kalmar County – regional gender-equality strategy/);
  assert.match(await page.locator('#mal-2-rubrik').innerText(), /Economic equality$/);
  assert.ok(strategy.length > 5, 'focus areas and targets without English are marked');

  // The Swedish page marks nothing and shows no English (?lang=sv: the visits
  // above remembered English in the jamt_lang cookie).
  await page.goto(base + strategyUrl + '?lang=sv');
  assert.equal(await page.getAttribute('html', 'lang'), 'sv');
  assert.deepEqual(await markedSwedish(page), []);
  assert.doesNotMatch(await page.locator('main').innerText(), /A gender-equal Kalmar County|Economic equality/);
  await page.close();
});
