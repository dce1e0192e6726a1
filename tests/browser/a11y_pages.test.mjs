// Every HTML page of the demo against WCAG 2.1 AA and what axe does not
// see (issue 15 item 3): axe-core clean, exactly one h1, heading levels never
// skipped, `<html lang>` the language asked for, no sideways scrolling at 320
// CSS px (400 % zoom), nothing clipped with the WCAG 1.4.12 text spacing.
// The pages are tests/browser/pages.mjs (route_coverage.test.mjs keeps it in
// step with the route table), at a fixed date (31 March 2026).
//
// `make test` (node --test): one URL per route — the public pages in Swedish
// and in English (?lang=en), the signed-in ones in Swedish — kept near two
// minutes. `make test-a11y` (JAMT_A11Y_FULL=1): every URL of the list for
// every role that has it, in both languages, and every URL of /sitemap.xml
// with its English alternate. One server, one browser, one context per lane.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, signIn } from './harness.mjs';
import { allPages } from './pages.mjs';
import { routeTable, getRouteOf, answersHtml } from './route_table.mjs';
import { checkPage, pageProblems, prepareDemo, fill, preloadAxe, LANGUAGE_SWITCH_READY } from './a11y.mjs';

const FULL = process.env.JAMT_A11Y_FULL === '1';
const LANGS = ['sv', 'en'];
// The languages `who` (null: the public) is checked in.
const languagesOf = (who) => (FULL || !who ? LANGS : ['sv']);

// Problems another engineer fixes at the same time (A1 reworks the tables:
// a wide table scrolls in its own region with tabindex="0" and a label). A
// page whose every problem is one of these is reported as `todo`, not as a
// failure; any other problem on it fails the run.
const A1_TABLES = [
  /^axe scrollable-region-focusable: .*table-scroll/,
  /^scrolls sideways at \d+ px: \d+ px wide because of a table/,
];
const isA1 = (problem) => A1_TABLES.some((re) => re.test(problem));

// Pages checked at the same time (each with its own context); more only
// helps on a machine with cores to spare.
const CONCURRENCY = Number(process.env.JAMT_A11Y_CONCURRENCY || 2);
// At most this many pages per context, so the lanes are even.
const CHUNK = 20;

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });
let prepared;

// The pages of this run, grouped by who looks: [[who, [url…]]].
function plan() {
  const routes = routeTable();
  const seen = new Set();
  const groups = new Map();
  for (const { who, url } of allPages()) {
    const route = getRouteOf(url.replace(/\{\w+\}/g, '1'), routes);
    const key = route ? route.pattern : url;
    if (!FULL && seen.has(key)) continue;
    seen.add(key);
    if (!groups.has(who)) groups.set(who, []);
    groups.get(who).push(url);
  }
  const chunks = [];
  for (const [who, urls] of groups) {
    for (let i = 0; i < urls.length; i += CHUNK) chunks.push([who, urls.slice(i, i + CHUNK)]);
  }
  return chunks;
}

test('the checks find what they look for on a page made to fail them', async () => {
  const context = await ctx.browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await page.setContent(`<!doctype html><html lang="sv"><body><main>
    <h1>En</h1><h1>Två</h1><h3>Hoppar över h2</h3>
    <div style="width: 400px">Bred</div>
    <p style="height: 1.2em; overflow: hidden; width: 200px">En rad som blir två med större avstånd mellan orden och bokstäverna</p>
    </main></body></html>`);
  const problems = await pageProblems(page, 'en');
  assert.equal(problems.length, 5, problems.join('\n'));
  assert.match(problems[0], /^2 h1 elements/);
  assert.match(problems[1], /^heading h3 "Hoppar över h2" follows h1/);
  assert.match(problems[2], /^<html lang="sv">, asked for en/);
  assert.match(problems[3], /^scrolls sideways at 320 px: 4\d\d px wide \(div "Bred"\)/);
  assert.match(problems[4], /^text clipped with the WCAG 1.4.12 text spacing: p "En rad/);
  await context.close();
});

const started = Date.now();
let visited = 0;

describe(`every page, ${FULL ? 'every URL of the list' : 'one per route'}`, { concurrency: CONCURRENCY }, () => {
for (const [who, urls] of plan()) {
  test(`${who ?? 'the public'}: ${urls.map((u) => u.split('?')[0]).slice(0, 2).join(', ')} … (${urls.length} pages, ${languagesOf(who).join(' and ')})`, async (t) => {
    const base = ctx.server.baseUrl;
    const values = await (prepared ??= prepareDemo(ctx.server));
    const context = await ctx.browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 800 }, locale: 'sv-SE' });
    await preloadAxe(context);
    const page = await context.newPage();
    if (who) await signIn(page, base, ctx.server.logins[who]);
    const routes = routeTable();
    for (const lang of languagesOf(who)) {
      for (const raw of urls) {
        const url = fill(raw, values);
        const name = `${lang} ${url}`;
        const route = getRouteOf(url, routes);
        if (!route) {
          await t.test(name, { skip: 'its route is not in src/web/route_table.cpp yet (issue 15, another branch)' });
          continue;
        }
        assert.ok(answersHtml(route.pattern));
        const problems = await checkPage(page, base, url, lang);
        visited++;
        const english = (p) => lang === 'en' && !LANGUAGE_SWITCH_READY && p.startsWith('<html lang=');
        let options = {};
        if (problems.length && problems.every((p) => isA1(p) || english(p))) {
          options = { todo: problems.some(isA1) ? 'A1 (wide tables in their own scrolling region) is on it' : 'the language switch is not merged yet' };
        }
        await t.test(name, options, () => assert.deepEqual(problems, [], `${name} as ${who ?? 'the public'}`));
      }
    }
    await context.close();
  });
}
});

test('every URL of /sitemap.xml in both languages (make test-a11y)', { skip: !FULL && 'only in make test-a11y' }, async (t) => {
  const base = ctx.server.baseUrl;
  const res = await fetch(base + '/sitemap.xml');
  if (res.status === 404) {
    t.skip('/sitemap.xml answers 404: not built in this branch yet (issue 15 item 1)');
    return;
  }
  assert.equal(res.status, 200);
  const xml = await res.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1].replace(/&amp;/g, '&')));
  assert.ok(locs.length > 0, 'the sitemap lists pages');
  const context = await ctx.browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 800 }, locale: 'sv-SE' });
  await preloadAxe(context);
  const page = await context.newPage();
  for (const lang of LANGS) {
    for (const loc of locs) {
      const url = loc.pathname + loc.search;
      const problems = await checkPage(page, base, url, lang);
      visited++;
      await t.test(`${lang} ${url}`, () => assert.deepEqual(problems, []));
    }
  }
  await context.close();
});

test('the run is timed', (t) => {
  const seconds = (Date.now() - started) / 1000;
  t.diagnostic(`${visited} page visits in ${seconds.toFixed(1)} s (${FULL ? 'make test-a11y' : 'make test'})`);
});
