// Developer tool: log in and take full-page screenshots.
// node shoot.mjs BASE EMAIL PASSWORD OUTDIR PATH...
// SHOT_Y=2400 SHOT_HEIGHT=1200: only that band of each page (a long page
// shrinks to nothing when viewed whole).
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
  const band = process.env.SHOT_HEIGHT
    ? { clip: { x: 0, y: Number(process.env.SHOT_Y || 0), width: 1280, height: Number(process.env.SHOT_HEIGHT) } }
    : {};
  await page.screenshot({ path: `${outdir}/${name}.png`, fullPage: true, ...band });
  console.log(`${outdir}/${name}.png`);
}
await browser.close();
