// Reads the route table (src/web/route_table.cpp) the way the router does:
// each row's method and pattern, an ECMAScript regular expression matched
// against the whole path.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './harness.mjs';
import { notHtml } from './pages.mjs';

// The rows of the route table as [{method, pattern, line}], in file order.
export function routeTable(file = path.join(repoRoot, 'src', 'web', 'route_table.cpp')) {
  const source = readFileSync(file, 'utf8');
  const rows = [];
  const row = /\{\s*M::(get|post|put|patch|del)\s*,\s*(?:R"\(([\s\S]*?)\)"|"((?:[^"\\]|\\.)*)")/g;
  for (const m of source.matchAll(row)) {
    rows.push({ method: m[1], pattern: m[2] ?? m[3], line: source.slice(0, m.index).split('\n').length });
  }
  return rows;
}

// True when a GET route with `pattern` answers HTML: not the API, not static
// files, not a file download (a name ending in .csv, .xlsx, .json, .atom,
// .xml, .txt, .pdf) and not one of pages.mjs's `notHtml`.
export function answersHtml(pattern) {
  if (/^\/(api|static)\//.test(pattern)) return false;
  if (/\\?\.(csv|xlsx|json|atom|xml|txt|pdf)\)?$/.test(pattern)) return false; // not "(/data\.csv)?"
  return !(pattern in notHtml);
}

// The GET routes that answer HTML.
export function htmlGetRoutes() {
  return routeTable().filter((r) => r.method === 'get' && answersHtml(r.pattern));
}

// The GET route whose pattern matches `url`'s path (query left out), or undefined.
export function getRouteOf(url, routes = routeTable()) {
  const p = url.split('?')[0];
  return routes.find((r) => r.method === 'get' && new RegExp(`^(?:${r.pattern})$`).test(p));
}
