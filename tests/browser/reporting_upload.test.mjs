// A strategist uploads a period's reports from a CSV template in headless
// Chromium without JavaScript help: a file with a word for a number is
// refused with the problem named by row and column, nothing saved; the
// corrected file is saved. The upload page meets WCAG 2.1 AA.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { withServerAndBrowser, wcagViolations, screenshotDir } from './harness.mjs';

const ctx = withServerAndBrowser();

test('a strategist uploads reports from the template', async () => {
  const { email, password } = ctx.server.logins.strategist;
  const page = await ctx.browser.newPage({ bypassCSP: true });
  await page.goto(ctx.server.baseUrl + '/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/logga-in'));

  // A quarterly form for the municipalities of the strategist's county, made
  // through the API with the session's CSRF token (taken from a form page).
  const county = await page.evaluate(async () => {
    const list = await (await fetch('/api/v1/organisations')).json();
    const items = Array.isArray(list) ? list : list.items;
    return items.find((o) => o.type === 'kommun').county_code;
  });
  await page.goto(ctx.server.baseUrl + '/statistik/importera');
  const csrf = await page.locator('input[name=csrf_token]').first().getAttribute('value');
  const form = await page.evaluate(async ({ csrf, county }) => {
    const r = await fetch('/api/v1/forms', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({
        code: 'VALD', title: 'Våld i nära relationer', periodicity: 'quarterly', due_days: 30, county_code: county,
        elements: [{ code: 'E1', title: 'Utsatta för våld', value_type: 'integer', unit: 'antal',
          disaggregation: ['women', 'men', 'total'] }],
        assignments: [{ organisation_type: 'kommun', county_code: county }],
      }),
    });
    return { status: r.status, body: await r.json() };
  }, { csrf, county });
  assert.equal(form.status, 201, JSON.stringify(form.body));

  await page.goto(`${ctx.server.baseUrl}/rapportering/formular/${form.body.id}/uppladdning?period=2025Q2`);
  assert.equal(await page.locator('h1').innerText(), 'Ladda upp rapporter: Våld i nära relationer');
  assert.deepEqual(await wcagViolations(page), []);

  // The template lists the county's municipalities.
  const template = await page.evaluate(async (url) => (await fetch(url)).text(),
    `/rapportering/formular/${form.body.id}/mall.csv?period=2025Q2`);
  const lines = template.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l);
  assert.equal(lines[0], 'organisation_id;organisation;period;E1.women;E1.men;E1.total;comment');
  assert.ok(lines.length >= 3, template);
  const first = lines[2].split(';');

  const bad = path.join(screenshotDir, 'rapporter-fel.csv');
  writeFileSync(bad, `${lines[0]}\r\n${lines[1]}\r\n${first[0]};${first[1]};2025Q2;4;tolv;;\r\n`);
  await page.getByLabel(/^Period/).fill('2025Q2');
  await page.getByLabel(/^Fil/).setInputFiles(bad);
  await page.getByRole('button', { name: 'Ladda upp' }).click();
  await page.waitForSelector('#fel');
  assert.match(await page.locator('#fel').innerText(), /rad 3, kolumn E1\.men: "tolv" är inte ett heltal\./);
  assert.deepEqual(await wcagViolations(page), []);
  await page.screenshot({ path: path.join(screenshotDir, 'reporting-upload-errors.png'), fullPage: true });

  const good = path.join(screenshotDir, 'rapporter.csv');
  writeFileSync(good, `${lines[0]}\r\n${lines[1]}\r\n${first[0]};${first[1]};2025Q2;4;1;5;\r\n`);
  await page.getByLabel(/^Fil/).setInputFiles(good);
  await page.getByRole('button', { name: 'Ladda upp' }).click();
  await page.waitForSelector('#klart-rubrik');
  assert.equal(await page.locator('#klart-rubrik').innerText(), 'Rapporterna är sparade som utkast');
  assert.deepEqual(await wcagViolations(page), []);
  await page.screenshot({ path: path.join(screenshotDir, 'reporting-upload-done.png'), fullPage: true });
  await page.close();
});
