// The accessibility run's page list (pages.mjs) against the route table
// (src/web/route_table.cpp): every GET route that answers HTML has a URL in
// the list, and every URL in the list is a page of the table — so a new page
// is never left out of the axe run. No server needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allPages, samplePlaceholders } from './pages.mjs';
import { routeTable, htmlGetRoutes, getRouteOf, answersHtml } from './route_table.mjs';
import { fill } from './a11y.mjs';

// Issue 15's pages built in other branches: listed before their routes exist.
const comingRoutes = ['/lan', '/lan/08', '/lan/09', '/lan/08/nyheter', '/tillganglighet',
  '/lan/08/installningar', '/lan/08/nyheter/ny'];

test('the route table is read: GET, POST and the raw-string patterns', () => {
  const rows = routeTable();
  assert.ok(rows.length > 300, `${rows.length} rows`);
  assert.ok(rows.some((r) => r.method === 'get' && r.pattern === '/anslut/(\\d\\d)'));
  assert.ok(rows.some((r) => r.method === 'post' && r.pattern === '/logga-in'));
  assert.ok(!htmlGetRoutes().some((r) => r.pattern.startsWith('/api/')), 'the API is not HTML');
  assert.ok(!htmlGetRoutes().some((r) => r.pattern.includes('export\\.csv')), 'downloads are not HTML');
  assert.ok(answersHtml('/statistik/(\\d{1,15})(/data\\.csv)?'), 'a page with an optional download suffix is a page');
});

test('every GET route that answers HTML has a page in tests/browser/pages.mjs', () => {
  const urls = allPages().map(({ url }) => fill(url, samplePlaceholders).split('?')[0]);
  const missing = htmlGetRoutes().filter((r) => !urls.some((u) => new RegExp(`^(?:${r.pattern})$`).test(u)));
  assert.deepEqual(missing.map((r) => `route_table.cpp:${r.line} ${r.pattern}`), [],
    'add a demo URL for each of these to tests/browser/pages.mjs (or to its notHtml when it is a download)');
});

test('every page in the list is a GET route of the table', () => {
  const routes = routeTable();
  const stale = allPages().map(({ url }) => url)
    .filter((url) => !comingRoutes.includes(url) && !getRouteOf(fill(url, samplePlaceholders), routes));
  assert.deepEqual(stale, [], 'these URLs match no GET route of src/web/route_table.cpp');
});
