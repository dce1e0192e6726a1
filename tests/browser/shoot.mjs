// Developer tool: log in and take full-page screenshots.
// node shoot.mjs BASE EMAIL PASSWORD OUTDIR PATH...
import { launchBrowser } from './harness.mjs';

const [base, email, password, outdir, ...paths] = process.argv.slice(2);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
if (email && email !== '-') {
  await page.goto(`${base}/logga-in`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
}
for (const p of paths) {
  await page.goto(base + p);
  const name = p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'start';
  await page.screenshot({ path: `${outdir}/${name}.png`, fullPage: true });
  console.log(`${outdir}/${name}.png`);
}
await browser.close();
