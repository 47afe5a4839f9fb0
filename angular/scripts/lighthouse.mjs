// Lighthouse (desktop preset) on pages of a running host, in Debian's Chromium:
//   BASE_URL=http://127.0.0.1:5080 node scripts/lighthouse.mjs OUTDIR
// Each page is measured LH_RUNS times (3 by default) and judged by the run with the median performance score, as
// Lighthouse CI does: one run on a shared 2-core machine varies by several points.
// Each run is in a fresh Chromium (empty cache: a first visit). Pages that need a signed-in user get the
// cookies of a sign-in through /api/account/login (as the web app does it) put into that browser before the run, and
// Lighthouse is told not to reset storage (that would drop them; the profile is new anyway). Lighthouse's extraHeaders
// would not do: Chromium replaces an extra Cookie header with its own jar once the app has set a cookie. Writes OUTDIR/lighthouse-<page>.json (the full reports) and
// OUTDIR/lighthouse-summary.json, prints each page × category with its score and whether it passes
// (performance >= 90, accessibility and best practices >= 95), and ends with "N passed, N failed"; exits 1 on a failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import lighthouse, { desktopConfig } from 'lighthouse';

const base = (process.env.BASE_URL ?? 'http://127.0.0.1:5080').replace(/\/$/, '');
const out = process.argv[2];
if (!out) { console.error('usage: node scripts/lighthouse.mjs OUTDIR'); process.exit(2); }
mkdirSync(out, { recursive: true });
const password = process.env.DEMO_PASSWORD ?? 'Demo@2026';
const adminPassword = process.env.DEMO_ADMIN_PASSWORD ?? 'Demo@2026-admin'; // an administrator's needs 12 characters

const ALL_PAGES = [
  { name: 'sign-in', path: '/login', user: null },
  { name: 'staff-list', path: '/organization/staff', user: 'admin' },
  { name: 'my-courses', path: '/my-learning/courses', user: 'S0004' },
];
// LH_PRESET=mobile measures with the mobile preset instead (slow 4G, 4x CPU slowdown), for comparison.
const preset = process.env.LH_PRESET === 'mobile' ? 'mobile' : 'desktop';
// LH_PAGES=staff-list,my-courses measures only those pages (for quick checks by hand).
const PAGES = process.env.LH_PAGES ? ALL_PAGES.filter((p) => process.env.LH_PAGES.split(',').includes(p.name)) : ALL_PAGES;
const MINIMUM = { performance: 90, accessibility: 95, 'best-practices': 95 };

/** The cookies a sign-in sets: [name, value] pairs. */
async function signIn(userName) {
  const jar = new Map();
  const keep = (res) => { for (const c of res.headers.getSetCookie()) { const [pair] = c.split(';'); const i = pair.indexOf('='); jar.set(pair.slice(0, i), pair.slice(i + 1)); } };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  keep(await fetch(`${base}/api/account/antiforgery`));
  const res = await fetch(`${base}/api/account/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie(), 'X-XSRF-TOKEN': decodeURIComponent(jar.get('XSRF-TOKEN') ?? '') },
    body: JSON.stringify({ userName, password: userName === 'admin' ? adminPassword : password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${userName}: ${res.status} ${await res.text()}`);
  keep(res);
  return [...jar];
}

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'];
let passed = 0, failed = 0;
const summary = [];
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 3));

/** One Lighthouse run of a page in a fresh browser. */
async function measure(page) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
  let result;
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    const tab = (await browser.pages())[0] ?? (await browser.newPage());
    if (page.user) {
      const cookies = await signIn(page.user);
      await tab.setCookie(...cookies.map(([name, value]) => ({ name, value, url: base })));
    }
    result = await lighthouse(`${base}${page.path}`, {
      output: 'json', logLevel: 'error', disableStorageReset: true, onlyCategories: Object.keys(MINIMUM),
    }, preset === 'desktop' ? desktopConfig : undefined, tab);
    await browser.disconnect();
  } finally {
    await chrome.kill();
  }
  if (!result) throw new Error(`no Lighthouse result for ${page.path}`);
  return result;
}

for (const page of PAGES) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(page));
  const performance = (r) => r.lhr.categories.performance?.score ?? 0;
  const sorted = [...runs].sort((a, b) => performance(a) - performance(b));
  const result = sorted[Math.floor((sorted.length - 1) / 2)];
  writeFileSync(join(out, `lighthouse-${page.name}.json`), result.report);
  const lhr = result.lhr;
  console.log(`  ${page.name}: performance in ${RUNS} run(s): ${runs.map((r) => Math.round(performance(r) * 100)).join(', ')}; the median run counts`);
  if (lhr.runtimeError) console.log(`  ${page.name}: runtime error ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const landed = new URL(lhr.finalDisplayedUrl).pathname;
  const scores = {};
  for (const [id, minimum] of Object.entries(MINIMUM)) {
    const score = Math.round((lhr.categories[id]?.score ?? 0) * 100);
    scores[id] = score;
    // A signed-in page that ended on the sign-in page measured the wrong page: that fails too.
    const ok = score >= minimum && landed === page.path;
    if (ok) passed++; else failed++;
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} lighthouse ${preset} ${page.name} (${page.path}${page.user ? ` as ${page.user}` : ''}) ${id}: ${score} (minimum ${minimum})`);
  }
  if (landed !== page.path) console.log(`       ended on ${lhr.finalDisplayedUrl}, not ${page.path}`);
  const audit = (id) => lhr.audits[id]?.displayValue ?? '';
  console.log(`       FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}, ${audit('total-byte-weight')}`);
  for (const ref of Object.values(lhr.categories).flatMap((c) => c.auditRefs)) {
    const a = lhr.audits[ref.id];
    if (ref.weight > 0 && a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      console.log(`       below 0.9: ${a.id} (${a.score}) ${a.displayValue ?? ''}`);
  }
  summary.push({ page: page.name, path: page.path, user: page.user, landed: lhr.finalDisplayedUrl, preset, scores,
    performanceRuns: runs.map((r) => Math.round(performance(r) * 100)) });
}
writeFileSync(join(out, 'lighthouse-summary.json'), JSON.stringify({ passed, failed, pages: summary }, null, 2));
console.log(`lighthouse: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
