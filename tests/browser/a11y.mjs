// Shared checks for the accessibility and journey tests (issue 15 items 3
// and 5): what a page must meet beyond a clean axe run, a keyboard walker that
// checks the focus indicator at every stop, the demo values the page list
// needs (tokens, a published report), and screenshots kept as artefacts.
import { readFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { repoRoot } from './harness.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);

// The English words of the journeys (headings, receipts, statuses) are
// checked as well as the Swedish ones (the English catalogue is complete).
export const ENGLISH_READY = true;
// False until the language core (src/domain/i18n, `?lang=` > cookie >
// Accept-Language, `<html lang>` from the layout) is merged: then
// `<html lang>` must be the language asked for on every page.
export const LANGUAGE_SWITCH_READY = true;

// Screenshots of the journeys, kept after the run (ignored by git).
export const artifactDir = path.join(here, 'artifacts');

// `url` with `?lang=en` (or `&lang=en`) when `lang` is "en"; unchanged for "sv".
export function withLang(url, lang) {
  if (lang !== 'en') return url;
  return url + (url.includes('?') ? '&' : '?') + 'lang=en';
}

const axeSource = readFileSync(path.join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

// Makes axe-core load with every page of `context` (cheaper than adding it
// to each page after loading); axeViolations then only runs it.
export async function preloadAxe(context) {
  await context.addInitScript({ content: axeSource });
}

// axe-core's WCAG 2.0/2.1 A and AA violations on `page` as "rule: target – help"
// strings (the page's context needs `bypassCSP: true`). Only violations are
// collected, which is what keeps a run over every page fast.
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'], iframes: false,
    }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} – ${v.help}`));
}

// The headings of the page in order as [level, text]; the headings inside
// `hidden` or display:none parts are left out.
async function headings(page) {
  return page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter((h) => h.getClientRects().length > 0 || h.closest('.visually-hidden, .sr-only'))
    .map((h) => [Number(h.tagName[1]), h.textContent.trim().replace(/\s+/g, ' ').slice(0, 60)]));
}

// The WCAG 1.4.12 text-spacing overrides, as a bookmarklet would inject them.
const textSpacingCss = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

// Problems of the page already loaded in `page` (320 CSS px wide) beyond axe,
// as strings: not exactly one h1, a heading level skipped, `<html lang>` not
// `lang`, horizontal scrolling, and, with the text-spacing overrides injected,
// any element with text whose overflow is hidden and whose content no longer
// fits. The overrides stay on the page: call this last.
export async function pageProblems(page, lang) {
  const problems = [];
  const hs = await headings(page);
  const h1s = hs.filter(([level]) => level === 1);
  if (h1s.length !== 1) problems.push(`${h1s.length} h1 elements (${h1s.map(([, t]) => `"${t}"`).join(', ')})`);
  let previous = 0;
  for (const [level, text] of hs) {
    if (level > previous + 1) problems.push(`heading h${level} "${text}" follows h${previous || '–'} (a level skipped)`);
    previous = level;
  }
  const htmlLang = await page.evaluate(() => document.documentElement.lang);
  if (htmlLang !== lang) problems.push(`<html lang="${htmlLang}">, asked for ${lang}`);
  const scroll = await page.evaluate(() => {
    const vw = window.innerWidth;
    const over = (e) => e.getBoundingClientRect().right > vw + 1;
    // The deepest elements that stick out: none of their children do.
    let culprits = [...document.querySelectorAll('body *')]
      .filter((e) => over(e) && ![...e.children].some(over) && e.getClientRects().length > 0);
    if (culprits.length === 0) {
      // Text that does not fit its box (a long word) sticks out of no element:
      // the deepest boxes whose content is wider than they are.
      const spills = (e) => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && getComputedStyle(e).overflowX === 'visible';
      culprits = [...document.querySelectorAll('main *, header *')].filter((e) => spills(e) && ![...e.children].some(spills));
    }
    const describe = (e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}`
      + `${typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : ''}`
      + ` "${(e.innerText || e.value || '').trim().slice(0, 25)}"`;
    return {
      width: document.documentElement.scrollWidth, viewport: vw,
      culprits: culprits.slice(0, 3).map(describe),
      tables: culprits.length > 0 && culprits.every((e) => e.closest('table')),
    };
  });
  if (scroll.width > scroll.viewport) {
    problems.push(`scrolls sideways at ${scroll.viewport} px: ${scroll.width} px wide`
      + `${scroll.tables ? ' because of a table' : ''} (${scroll.culprits.join('; ')})`);
  }
  await page.addStyleTag({ content: textSpacingCss });
  const clipped = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => {
    const style = getComputedStyle(e);
    const hides = (v) => v === 'hidden' || v === 'clip';
    if (!hides(style.overflowY) && !hides(style.overflowX)) return false;
    if (e.clientWidth <= 1 || e.clientHeight <= 1) return false; // visually hidden on purpose
    if (!e.innerText || !e.innerText.trim()) return false;
    return e.scrollHeight > e.clientHeight + 1 || (hides(style.overflowX) && e.scrollWidth > e.clientWidth + 1);
  }).slice(0, 3).map((e) => `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ')[0] : ''} "${e.innerText.trim().slice(0, 30)}"`));
  for (const c of clipped) problems.push(`text clipped with the WCAG 1.4.12 text spacing: ${c}`);
  return problems;
}

// Loads `url` (a path) in `page` and returns every problem found there as
// strings: the status when it is not 200 HTML, axe's violations and
// pageProblems in language `lang`.
export async function checkPage(page, base, url, lang) {
  const response = await page.goto(base + withLang(url, lang));
  const status = response.status();
  const type = response.headers()['content-type'] || '';
  if (status !== 200 || !type.includes('text/html')) return [`answered ${status} ${type}`];
  const problems = (await axeViolations(page)).map((v) => `axe ${v}`);
  problems.push(...(await pageProblems(page, lang)));
  return problems;
}

// --- keyboard ---------------------------------------------------------------

// What is focused: tag, type, id, name, role, its text or label, and whether a
// focus indicator shows (computed outline or box-shadow not none).
export async function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return { tag: 'body', visible: false, text: '' };
    const style = getComputedStyle(e);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow && style.boxShadow !== 'none';
    const label = e.labels && e.labels[0] ? e.labels[0].innerText : '';
    return {
      tag: e.tagName.toLowerCase(), type: e.getAttribute('type') || '', id: e.id, name: e.getAttribute('name') || '',
      href: e.getAttribute('href') || '', text: (e.innerText || e.value || '').trim().slice(0, 80),
      label: (label || e.getAttribute('aria-label') || '').trim(), visible: Boolean(outline || shadow),
      inMain: Boolean(e.closest('main')) || e.tagName === 'MAIN',
    };
  });
}

// Presses Tab (Shift+Tab when `back`) until the focused element satisfies
// `want` (a function of what `focused` returns), at most `max` times; fails
// when a stop shows no focus indicator or the element is never reached.
// Returns the focused element.
export async function tabTo(page, want, what, { max = 80, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    assert.ok(f.tag === 'body' || f.visible, `no visible focus indicator on ${f.tag} "${f.text || f.label || f.name}" (${page.url()})`);
    if (want(f)) return f;
  }
  throw new Error(`${what}: not reached with ${max} Tab presses on ${page.url()}`);
}

// Checks that the first Tab stop of the freshly loaded page is the skip link
// and that Enter on it moves the focus to main.
export async function skipLinkWorks(page) {
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.keyboard.press('Tab');
  const first = await focused(page);
  assert.equal(first.href, '#innehall', `the first Tab stop is the skip link on ${page.url()}, not ${first.tag} "${first.text}"`);
  assert.ok(first.visible, 'the skip link shows its focus');
  const box = await page.evaluate(() => document.activeElement.getBoundingClientRect().left);
  assert.ok(box >= 0, 'the skip link is on screen when focused');
  await page.keyboard.press('Enter');
  const after = await focused(page);
  assert.equal(after.tag, 'main', `Enter on the skip link moves the focus to main, not ${after.tag}`);
}

// --- the demo ---------------------------------------------------------------

// The personal survey links in the server's outbox, by recipient, newest last.
export function outboxLinks(server, pattern = /\/(?:enkat|konto\/losenord)\/[0-9a-f]{64}/) {
  const dir = path.join(server.dataDir, 'mail-outbox');
  const links = {};
  if (!existsSync(dir)) return links;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.eml')).sort()) {
    const text = readFileSync(path.join(dir, f), 'utf8').replace(/=\r\n/g, '');
    const to = text.match(/\r\nTo: (\S+)\r\n/);
    const link = text.match(pattern);
    if (to && link) links[to[1]] = link[0];
  }
  return links;
}

// Waits until the outbox holds a link for `to`; returns its path.
export async function waitForLink(server, to, pattern) {
  for (let i = 0; i < 100; i++) {
    const link = outboxLinks(server, pattern)[to];
    if (link) return link;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail with a link to ${to} in the outbox`);
}

// Signs `login` in over the JSON API; returns {cookie, csrf} for `api`.
export async function apiSession(base, login) {
  const r = await fetch(base + '/api/v1/auth/login', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(login),
  });
  assert.equal(r.status, 200, `API login of ${login.email}`);
  const { csrf_token: csrf } = await r.json();
  return { csrf, cookie: r.headers.get('set-cookie').split(';')[0] };
}

// Calls the JSON API as `session`; returns {status, json}.
export async function api(base, method, url, body, session) {
  const headers = { 'Content-Type': 'application/json' };
  if (session) Object.assign(headers, { Cookie: session.cookie, 'X-CSRF-Token': session.csrf });
  const r = await fetch(base + url, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await r.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = text; }
  return { status: r.status, json };
}

// Makes what the page list needs beyond the demo and returns the values of
// its placeholders: a published yearly report of Kalmar's strategy, a
// statistics source, an open survey link, a personal survey link and a link
// to choose a password.
export async function prepareDemo(server) {
  const base = server.baseUrl;
  const strategist = await apiSession(base, server.logins['strateg.kalmar@jamt.local']);
  const admin = await apiSession(base, server.logins['admin@jamt.local']);
  const values = {};
  const report = await api(base, 'POST', '/api/v1/reports/strategies/1/2025/publish', null, strategist);
  assert.equal(report.status, 201, `publishing the 2025 report: ${JSON.stringify(report.json)}`);
  values.report = String(report.json.id);
  const source = await api(base, 'POST', '/api/v1/statistics/sources', { address: 'N00945', measure_code: 'KALMAR_N00945' }, strategist);
  assert.equal(source.status, 201, `a statistics source: ${JSON.stringify(source.json)}`);
  values.source = String(source.json.id);
  const surveys = await api(base, 'GET', '/api/v1/surveys', null, strategist);
  const open = surveys.json.find((s) => s.status === 'open' && s.county_code === '08' && !s.national);
  assert.ok(open, 'the demo has an open kartläggning in Kalmar');
  values.survey = String(open.id);
  const link = await api(base, 'POST', `/api/v1/surveys/${open.id}/open-link`, { enabled: true }, strategist);
  assert.equal(link.status, 200, `an open link: ${JSON.stringify(link.json)}`);
  values.open_token = link.json.token;
  const invited = await api(base, 'POST', `/api/v1/surveys/${open.id}/invitations`,
    { respondents: [{ email: 'tillganglighet@exempel.se', name: 'Tillgänglighet Testsson' }] }, strategist);
  assert.ok(invited.status < 300, `an invitation: ${JSON.stringify(invited.json)}`);
  values.survey_token = (await waitForLink(server, 'tillganglighet@exempel.se', /\/enkat\/([0-9a-f]{64})/)).split('/').pop();
  const user = await api(base, 'POST', '/api/v1/users', { email: 'ny.strateg@exempel.se', role: 'strategist', county_code: '08' }, admin);
  assert.ok(user.status < 300, `an invited account: ${JSON.stringify(user.json)}`);
  values.password_token = (await waitForLink(server, 'ny.strateg@exempel.se', /\/konto\/losenord\/[0-9a-f]{64}/)).split('/').pop();
  return values;
}

// `url` with its {placeholders} replaced from `values`.
export function fill(url, values) {
  return url.replace(/\{(\w+)\}/g, (m, key) => {
    if (!(key in values)) throw new Error(`no value for ${m} in ${url}`);
    return values[key];
  });
}

// Saves a full-page screenshot of `page` as artefact `name` (.png) and
// returns its path.
export async function keepScreenshot(page, name) {
  mkdirSync(artifactDir, { recursive: true });
  const file = path.join(artifactDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export { repoRoot };
