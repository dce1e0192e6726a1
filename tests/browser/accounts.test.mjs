// Invitation → choose a password → sign in, in headless Chromium: the admin
// invites a contact on /konton/bjud-in, the mail is read from the outbox
// folder (mail-outbox/ in the data directory), the contact opens the link,
// chooses a password and signs in. Every page meets WCAG 2.1 AA.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { withServerAndBrowser, wcagViolations } from './harness.mjs';

const ctx = withServerAndBrowser({ fixedTime: '2026-03-31T10:00:00Z' });

// The path of the password link in the only .eml in the outbox to `to`
// (the demo's reminders about reports are there too).
function linkInOutbox(dataDir, to) {
  const dir = path.join(dataDir, 'mail-outbox');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.eml'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/=\r\n/g, ''))
    .filter((t) => t.includes(`\r\nTo: ${to}\r\n`));
  assert.equal(texts.length, 1);
  const text = texts[0];
  assert.match(text, /^Date: Tue, 31 Mar 2026 10:00:00 \+0000\r$/m);
  return text.match(/\/konto\/losenord\/[0-9a-f]{64}/)[0];
}

test('an invited contact chooses a password from the mail and signs in', async () => {
  const base = ctx.server.baseUrl;
  const { email, password } = ctx.server.logins.admin;
  const adminContext = await ctx.browser.newContext({ bypassCSP: true });
  const admin = await adminContext.newPage();
  await admin.goto(base + '/logga-in');
  assert.deepEqual(await wcagViolations(admin), []);
  await admin.getByLabel('E-postadress').fill(email);
  await admin.getByLabel('Lösenord').fill(password);
  await admin.getByRole('button', { name: 'Logga in' }).click();
  await admin.waitForURL(base + '/hem');

  await admin.goto(base + '/konton/bjud-in');
  assert.deepEqual(await wcagViolations(admin), []);
  // A mistake first: the message beside the field, the rest kept.
  await admin.getByLabel(/^E-postadress/).fill('inte-en-adress');
  await admin.getByLabel('Roll').selectOption('org_contact');
  await admin.getByLabel(/^Organisation/).selectOption({ index: 1 });
  await admin.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await admin.waitForSelector('#email-error');
  assert.equal(await admin.locator('#email').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await wcagViolations(admin), []);
  await admin.getByLabel(/^E-postadress/).fill('ny.kontakt@kommun.example.se');
  await admin.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await admin.waitForSelector('text=Inbjudan är skickad');

  await admin.goto(base + '/konton');
  assert.deepEqual(await wcagViolations(admin), []);
  assert.match(await admin.locator('main').innerText(), /ny\.kontakt@kommun\.example\.se[\s\S]*Inbjuden, inget lösenord valt/);
  await admin.getByRole('link', { name: 'ny.kontakt@kommun.example.se' }).click();
  assert.deepEqual(await wcagViolations(admin), []);

  const link = linkInOutbox(ctx.server.dataDir, 'ny.kontakt@kommun.example.se');
  const contactContext = await ctx.browser.newContext({ bypassCSP: true });
  const contact = await contactContext.newPage();
  await contact.goto(base + link);
  assert.deepEqual(await wcagViolations(contact), []);
  await contact.getByLabel(/^Nytt lösenord/).fill('ett långt och eget lösenord');
  await contact.getByLabel('Samma lösenord en gång till').fill('ett långt och eget lösenord');
  await contact.getByRole('button', { name: 'Spara lösenordet' }).click();
  await contact.waitForURL(/\/logga-in\?losenord=valt$/);
  assert.match(await contact.locator('main').innerText(), /Lösenordet är sparat/);
  await contact.getByLabel('E-postadress').fill('ny.kontakt@kommun.example.se');
  await contact.getByLabel('Lösenord').fill('ett långt och eget lösenord');
  await contact.getByRole('button', { name: 'Logga in' }).click();
  await contact.waitForURL(base + '/hem');
  assert.match(await contact.locator('header').innerText(), /ny\.kontakt@kommun\.example\.se/);

  // The link is used up.
  await contact.goto(base + link);
  assert.match(await contact.locator('main').innerText(), /Länken fungerar inte/);
  assert.deepEqual(await wcagViolations(contact), []);

  await contact.goto(base + '/glomt-losenord');
  assert.deepEqual(await wcagViolations(contact), []);
  await adminContext.close();
  await contactContext.close();
});
