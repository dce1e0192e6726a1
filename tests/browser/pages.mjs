// Every HTML page Jämt serves with a GET, as concrete URLs of the demo
// (`jamt serve --demo` at the accessibility tests' fixed date), grouped by
// who looks at them: the public, then each signed-in role. Each GET route of
// src/web/route_table.cpp that answers HTML must have at least one URL here —
// route_coverage.test.mjs fails otherwise, so a new page cannot be forgotten
// by the accessibility run (a11y_pages.test.mjs).
//
// {placeholders} are values a11y.mjs prepareDemo makes before the run: a
// published report, a statistics source, survey links, a password link.
// The first URL of each route (in the order public, strategist, contact,
// coordinator, admin) is the one `make test` checks; `make test-a11y` checks
// them all, in both languages.

// Without an account.
export const publicPages = [
  '/',
  '/strategier/1',
  '/strategier/1/ataganden',
  '/nationella-mal/2006/1',
  '/statistik',
  '/statistik/1',
  '/indikatorer/83',
  '/indikatorer/metod',
  '/anslutna',
  '/anslutna/08',
  '/anslut/08',
  '/rapporter/{report}',
  '/nationellt/2025',
  '/nationellt/handlingsplan',
  '/nationellt/resurser/2025',
  '/nationellt/exempel',
  '/logga-in',
  '/glomt-losenord',
  '/konto/losenord/{password_token}',
  '/enkat/{survey_token}',
  '/enkat/oppen/{open_token}',
  // Issue 15, built in other branches at the same time: checked once their
  // routes are in the table (until then skipped with a note).
  '/lan',
  '/lan/08',
  '/lan/09',
  '/lan/08/nyheter',
  '/lan/08/nyheter/1',
  '/tillganglighet',
];

// Signed in, by the demo account that looks (harness logins, by e-mail).
export const signedInPages = {
  // Kalmar's strategist: the board's pages of the county.
  'strateg.kalmar@jamt.local': [
    '/hem',
    '/strategier/ny',
    '/strategier/1/redigera',
    '/strategier/1/redigera/uppgifter',
    '/strategier/1/anta',
    '/strategier/1/arkivera',
    '/strategier/1/las-in',
    '/strategier/1/mal/ny?under=1',
    '/strategier/1/mal/2',
    '/strategier/1/mal/2/ta-bort',
    '/strategier/1/mal/2/indikatorer',
    '/strategier/1/mal/2/indikatorer/4',
    '/strategier/1/mal/4/problemomraden',
    '/strategier/1/mal/4/problemomraden/1',
    '/strategier/1/mal/4/problemomraden/1/ta-bort',
    '/strategier/1/handlingsplan',
    '/strategier/1/handlingsplan/ta-bort',
    '/strategier/1/handlingsplan/delmal/ny',
    '/strategier/1/handlingsplan/delmal/1',
    '/strategier/1/handlingsplan/delmal/1/ta-bort',
    '/strategier/1/handlingsplan/bidrag',
    '/strategier/1/mal/1/ataganden',
    '/strategier/1/mal/1/ataganden/1',
    '/strategier/1/mal/1/ataganden/1/ta-bort',
    '/strategier/1/ar/2025',
    '/strategier/1/uppfoljning/2025',
    '/konton',
    '/konton/bjud-in',
    '/statistik/importera',
    '/statistik/importer',
    '/statistik/kallor',
    '/statistik/kallor/{source}',
    '/organisationer',
    '/organisationer/ny',
    '/organisationer/6',
    '/organisationer/6/andra',
    '/organisationer/6/plan',
    '/personer',
    '/personer/ny',
    '/personer/1',
    '/personer/1/andra',
    '/anslutningar',
    '/anslutningar/ny',
    '/anslutningar/5',
    '/anslutningar/5/andra',
    '/anslutningar/3/uppfoljningar',
    '/anslutningar/forsenade-uppfoljningar',
    '/anslutningar/vantande',
    '/konto/nycklar',
    '/grupper',
    '/grupper/ny',
    '/grupper/1',
    '/grupper/1/andra',
    '/grupper/medlemskap',
    '/grupper/medlemskap/ny?group_id=1',
    '/grupper/medlemskap/1',
    '/grupper/medlemskap/1/andra',
    '/grupper/moten',
    '/grupper/moten/ny?group_id=1',
    '/grupper/moten/1',
    '/grupper/moten/1/andra',
    '/grupper/byten',
    '/grupper/byten/ny',
    '/grupper/byten/1',
    '/grupper/byten/1/andra',
    '/insatser',
    '/insatser/ny',
    '/insatser/sammanstallning?county=08&year=2026',
    '/insatser/11',
    '/insatser/11/andra',
    '/enkater',
    '/enkater/ny',
    '/enkater/{survey}',
    '/enkater/2/resultat',
    '/rapportering',
    '/rapportering/formular/1?period=2025Q4',
    '/rapportering/formular/1/15/2025Q4',
    '/rapportering/formular/1/uppladdning?period=2025Q4',
    '/rapportering/organisation/15',
    '/checklistor',
    '/checklistor/ny',
    '/checklistor/1',
    '/checklistor/1/andra',
    '/checklistor/sammanstallning',
    '/checklistor/organisation/2',
    '/styrdokument',
    '/styrdokument/ny',
    '/styrdokument/2',
    '/styrdokument/2/andra',
    '/styrdokument/2/bedomning',
    '/styrdokument/sammanstallning',
    '/uppfoljning/08/2026',
    '/uppfoljning/08/2026/organisationer/1',
    // Issue 15: the county portal's settings and news
    '/lan/08/installningar',
    '/lan/08/nyheter/ny',
    '/lan/08/nyheter/1/andra',
    '/lan/08/nyheter/1/ta-bort',
  ],
  // The contact of the demo municipality Kalmar (organisation 1).
  'kontakt.kalmar@jamt.local': [
    '/hem',
    '/rapportering',
    '/rapportering/formular/1/1/2025Q4',
    '/rapportering/formular/1/uppladdning?period=2025Q4',
    '/rapportering/organisation/1',
    '/organisationer',
    '/organisationer/1',
    '/organisationer/1/andra',
    '/organisationer/1/plan',
    '/personer',
    '/anslutningar/1',
    '/insatser',
    '/insatser/ny',
    '/grupper/moten/ny',
    '/checklistor/organisation/1',
    '/styrdokument',
  ],
  // The national coordinator.
  'samordnare@jamt.local': [
    '/hem',
    '/rapportering',
    '/rapportering/formular/1/nationellt?period=2025Q4',
    '/enkater',
    '/enkater/4',
    '/enkater/4/resultat',
    '/strategier/3/ar/2016',
    '/strategier/3/uppfoljning/2016',
    '/checklistor/sammanstallning',
    '/insatser/sammanstallning?year=2026',
    '/nationellt/2025',
    '/nationellt/handlingsplan',
  ],
  // The administrator.
  'admin@jamt.local': [
    '/hem',
    '/konton',
    '/konton/1',
    '/konton/1/nycklar',
    '/konton/bjud-in',
    '/statistik/importera',
    '/nationellt/resurser/2025',
  ],
};

// GET routes that answer something other than HTML and are not under
// /api/ or /static/ or a file name with an extension (.csv, .xlsx, .json,
// .atom, .xml, .txt): each with what it answers.
export const notHtml = {
  '/healthz': 'JSON health check',
  '/readyz': 'JSON readiness check',
  '/metrics': 'Prometheus metrics (text)',
  '/anslutningar/(\\d+)/handlingsplan': "the organisation's action plan file",
  '/rapporter/(\\d{1,15})/filer/(html|json|xlsx|pdf)': "a published report's files",
  '/lan/(\\d\\d)/statistik\\.(csv|xlsx|json)': "a county portal's statistics files",
};

// Sample values for the placeholders when matching URLs against the route
// table (the real ones come from prepareDemo).
export const samplePlaceholders = {
  report: '1', source: '1', survey: '3',
  survey_token: 'a'.repeat(64), open_token: 'b'.repeat(64), password_token: 'c'.repeat(64),
};

// The URLs of the run: [{who, url}] with `who` null for the public, in the
// order public, then the roles above.
export function allPages() {
  return [
    ...publicPages.map((url) => ({ who: null, url })),
    ...Object.entries(signedInPages).flatMap(([who, urls]) => urls.map((url) => ({ who, url }))),
  ];
}
