// A quick audit crawl (not a test): starts the demo server, signs in as
// each role, follows same-site links and prints, per page, what the
// accessibility rules of docs/accessibility.md catch: h1 count, skipped
// heading levels, tables without caption or scoped headers, scroll regions
// without a name, sideways scrolling at 320 px and axe violations.
// Usage: JAMT_BINARY=… node a11y_audit.mjs [maxPagesPerRole]
import { startServer, launchBrowser, wcagViolations, signIn } from './harness.mjs';

const max = Number(process.argv[2] || 80);
const server = await startServer({ fixedTime: '2026-03-31T10:00:00Z' });
const browser = await launchBrowser();
const seen = new Map();
try {
  for (const role of (process.env.ROLES ? process.env.ROLES.split(',').map((r) => (r === 'public' ? null : r)) : [null, 'admin', 'strategist', 'org_contact', 'coordinator'])) {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    if (role) await signIn(page, server.baseUrl, server.logins[role]);
    const queue = ['/', '/statistik', '/tillganglighet', '/hem'];
    let count = 0;
    while (queue.length && count < max) {
      const path = queue.shift();
      const key = (role || 'public') + ' ' + path.replace(/\d+/g, 'N');
      if (seen.has(key)) continue;
      seen.set(key, true);
      const response = await page.goto(server.baseUrl + path).catch(() => null);
      if (!response || !(response.headers()['content-type'] || '').includes('text/html')) continue;
      count++;
      const facts = await page.evaluate(() => {
        const out = [];
        const hs = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter((h) => !h.closest('[hidden]'));
        const h1 = hs.filter((h) => h.tagName === 'H1').length;
        if (h1 !== 1) out.push(`${h1} h1`);
        let last = 0;
        for (const h of hs) {
          const n = Number(h.tagName[1]);
          if (last && n > last + 1) out.push(`h${last}→h${n} "${h.textContent.trim().slice(0, 40)}"`);
          last = n;
        }
        for (const t of document.querySelectorAll('main table')) {
          if (!t.querySelector('caption')) out.push('table without caption');
          if ([...t.querySelectorAll('th')].some((th) => !th.getAttribute('scope'))) out.push('th without scope');
        }
        const over = document.documentElement.scrollWidth - document.documentElement.clientWidth;
        if (over > 0) {
          const wide = [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !(e.parentElement && e.parentElement.closest('.table-scroll')))
            .slice(-3).map((e) => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '') + (e.id ? '#' + e.id : '') + ':' + Math.round(e.getBoundingClientRect().right));
          out.push(`overflow ${over}px: ${wide.join(', ')}`);
        }
        const links = [...document.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href'))
          .filter((h) => !/\.(csv|xlsx|json|pdf)|format=|\/api\/|logga-ut|static/.test(h));
        return { out, links };
      });
      const axe = await wcagViolations(page);
      const problems = [...facts.out, ...axe];
      if (problems.length) console.log(`${role || 'public'} ${path}\n  ` + problems.join('\n  '));
      for (const l of facts.links) queue.push(l.split('#')[0]);
    }
    console.log(`-- ${role || 'public'}: ${count} pages`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
