// Starts a real `jamt serve` on a free port with a fresh SQLite database and
// the demo content, and opens Debian's Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const jamtBinary = process.env.JAMT_BINARY || path.join(repoRoot, 'build', 'jamt');
export const screenshotDir = path.join(repoRoot, 'build', 'screenshots');

// Resolves to { baseUrl, stop } once the server prints its address. With
// `fixedTime` ("2026-03-31T10:00:00Z") the server's clock stands still at that
// UTC time (`serve --fixed-time`), so a test can expect fixed dates.
export async function startServer({ fixedTime } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jamt-browser-'));
  const args = ['--data', dataDir, 'serve', '--listen', '127.0.0.1:0', '--demo'];
  if (fixedTime) args.push('--fixed-time', fixedTime);
  const child = spawn(jamtBinary, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`jamt did not start:\n${output}`)), 60000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const m = output.match(/on (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`jamt exited with ${code}:\n${output}`)); });
  });
  const stop = async () => {
    child.removeAllListeners('exit');
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  // "Demo login (strategist): EMAIL / PASSWORD" lines printed on first start.
  const logins = {};
  // Keyed by role (the first account of that role) and by e-mail.
  for (const m of output.matchAll(/Demo login \((\w+)\): (\S+) \/ (\S+)/g)) {
    const login = { email: m[2], password: m[3] };
    if (!logins[m[1]]) logins[m[1]] = login;
    logins[m[2]] = login;
  }
  return { baseUrl, stop, logins, dataDir };
}

export async function launchBrowser() {
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

// Runs axe-core on the page for WCAG 2.0/2.1 A and AA rules; returns the
// violations as "rule: target" strings.
export async function wcagViolations(page) {
  const axePath = path.join(here, 'node_modules', 'axe-core', 'axe.min.js');
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} – ${v.help}`));
}

// Registers before/after hooks for the calling test file: one server and one
// browser for all its tests. Returns an object whose `server` and `browser`
// are set once the tests run. `options` go to startServer.
export function withServerAndBrowser(options = {}) {
  const ctx = {};
  before(async () => {
    ctx.server = await startServer(options);
    ctx.browser = await launchBrowser();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
  });
  return ctx;
}

// Fails the test when the page is wider than its window (horizontal scrolling), naming `what`.
export async function noHorizontalScroll(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what}: ${overflow} px wider than the window`);
}

// Signs `login` ({email, password}) in on the login page and waits for the home page.
export async function signIn(page, base, login) {
  await page.goto(base + '/logga-in');
  await page.getByLabel('E-postadress').fill(login.email);
  await page.getByLabel('Lösenord').fill(login.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(base + '/hem');
}
