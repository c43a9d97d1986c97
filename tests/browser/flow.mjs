// lcreview's whole review loop, through the pages a person uses, in headless Chromium.
//
//   (a) a city coordinator signs in, writes the report of the current cycle and submits it;
//   (b) two experts sign in and rate their assigned items (one item disagrees);
//   (c) the secretariat moves the cycle to reconciling; the experts revise the disagreeing item;
//       the secretariat moderates it, writes every feedback statement and publishes;
//   (d) the city signs in again and reads its profile: scores, labels, statements, the chart;
//   (e) the first expert (the panel's chair, who also reviews) reads their past reviews.
//
// Every page shot is also shot at phone size (390×844) and checked with axe-core against WCAG 2.0
// and 2.1, levels A and AA: any violation fails the step.
//
// What is not a person's step (users, the city, the experts' profiles, the cycle and its panels,
// the assignment run and confirm, the moves to collecting and to reviewing) is set up through the
// JSON API with the secretariat's token.
//
// Run by tests/browser/run.sh, which starts the server. Environment:
//   LCREVIEW_URL     the server, e.g. http://127.0.0.1:40123 (required)
//   LCREVIEW_TOKEN   a secretariat's API token (required)
//   SCREENSHOT_DIR   where the full-page screenshots go (default: target/browser-screenshots)
//   CHROMIUM_PATH    the browser (default: /usr/bin/chromium, Debian's)
//   BROWSER_STRICT=0 known app bugs (KNOWN_BUGS below) are reported instead of failing the run
//
// Any page that answers 5xx (or a 4xx for a page itself), logs a console error or throws fails
// the step it happens in.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const BASE = (process.env.LCREVIEW_URL || '').replace(/\/$/, '');
const TOKEN = process.env.LCREVIEW_TOKEN || '';
const SHOTS = process.env.SCREENSHOT_DIR || 'target/browser-screenshots';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const STRICT = process.env.BROWSER_STRICT !== '0';
if (!BASE || !TOKEN) {
  console.error('flow.mjs: set LCREVIEW_URL and LCREVIEW_TOKEN (tests/browser/run.sh does)');
  process.exit(2);
}
fs.mkdirSync(SHOTS, { recursive: true });

// ---------------------------------------------------------------------------------------------
// The JSON API, for the setup.

async function api(method, p, body, token = TOKEN) {
  const headers = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const r = await fetch(BASE + p, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  if (r.status >= 300) throw new Error(`setup: ${method} ${p} answered ${r.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

// ---------------------------------------------------------------------------------------------
// Steps, problems seen by the browser, screenshots.

let browser;
let stepNo = '00';
let passed = 0;
const problems = []; // page errors, console errors, bad responses: each fails the current step
const knownBugs = new Set(); // app bugs this test knows of (reported, or failing with BROWSER_STRICT=1)
const notes = new Set(); // minor things seen, reported at the end
const openPages = new Set(); // each signed-in person's page, shot when a step fails

function watch(page, who) {
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // The browser asks for /favicon.ico by itself; lcreview has none (404). Not a page's error.
    if (new URL(msg.location().url || page.url()).pathname === '/favicon.ico') {
      notes.add('lcreview serves no /favicon.ico: browsers get a 404 for it (and log it in the console)');
      return;
    }
    problems.push(`${who}: console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`${who}: uncaught exception on ${page.url()}: ${err.message}`));
  page.on('response', (r) => {
    const req = r.request();
    if (r.status() >= 500 || (r.status() >= 400 && req.resourceType() === 'document')) {
      problems.push(`${who}: ${req.method()} ${r.url()} answered ${r.status()}`);
    }
  });
  page.on('requestfailed', (req) => {
    problems.push(`${who}: ${req.method()} ${req.url()} failed: ${req.failure()?.errorText}`);
  });
}

function checkProblems() {
  if (problems.length) {
    const list = problems.splice(0).join('\n  ');
    throw new Error(`the browser saw:\n  ${list}`);
  }
}

/** axe-core's WCAG 2 A/AA violations on the page as it is now, one line each. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  });
  return found;
}

let axeChecked = 0;
const checkedPages = new Set();

/** Every page the test visits: axe-core's WCAG 2 A/AA check, and at phone width (390 px) no
 * sideways scrolling of the page itself (a wide table may scroll inside its own box). Once per page
 * and step. */
async function checkPage(page) {
  const key = `${stepNo} ${new URL(page.url()).pathname}`;
  if (checkedPages.has(key)) return;
  checkedPages.add(key);
  const violations = await axeViolations(page);
  axeChecked += 1;
  if (violations.length) problems.push(`accessibility (axe-core, WCAG A/AA) on ${page.url()}:\n    ${violations.join('\n    ')}`);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize(size);
  if (wide > 390) problems.push(`${page.url()} scrolls sideways at 390 px: ${wide} px wide`);
}

/** A full-page screenshot at desktop and at phone size, and the axe-core check of the page. */
async function shot(page, name, { check = true } = {}) {
  const file = path.join(SHOTS, `${stepNo}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (!check) return file;
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: file.replace(/\.png$/, '-phone.png'), fullPage: true });
  await page.setViewportSize(size);
  await checkPage(page);
  return file;
}

async function step(name, fn) {
  const t0 = Date.now();
  stepNo = name.split(' ')[0];
  try {
    const detail = await fn();
    checkProblems();
    passed += 1;
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    console.log(`ok   ${name} (${secs}s)${detail ? `: ${detail}` : ''}`);
  } catch (e) {
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    console.log(`FAIL ${name} (${secs}s): ${e.message}`);
    for (const [n, page] of [...openPages].entries()) {
      const file = await shot(page, `FAILED-${n + 1}`, { check: false }).catch(() => null);
      if (file) {
        fs.writeFileSync(file.replace(/\.png$/, '.html'), await page.content().catch(() => ''));
        console.log(`  the page at the failure: ${page.url()} (${file}, and .html)`);
      }
    }
    if (problems.length) console.log(`  the browser also saw:\n  ${problems.join('\n  ')}`);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Page helpers.

async function goto(page, p) {
  const r = await page.goto(BASE + p, { waitUntil: 'load' });
  assert.ok(r, `no response for ${p}`);
  assert.ok(r.status() < 400, `GET ${p} answered ${r.status()}`);
  await checkPage(page);
  return r;
}

/** Clicks something that submits a form or follows a link, and waits for the page it leads to. */
async function follow(page, locator) {
  const [r] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }).catch((e) => {
      throw new Error(`clicking ${locator} on ${page.url()} led to no new page (${e.message.split('\n')[0]})`);
    }),
    locator.click(),
  ]);
  if (r && r.status() >= 400) {
    const alert = await page.locator('.alert').allInnerTexts();
    throw new Error(`${page.url()} answered ${r.status()}${alert.length ? `: ${alert.join(' / ')}` : ''}`);
  }
  await checkPage(page);
  return r;
}

async function text(page, selector = 'main') {
  return (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
}

async function expectFlash(page, wanted) {
  const flashes = await page.locator('main .flash').allInnerTexts();
  assert.ok(
    flashes.some((f) => f.includes(wanted)),
    `expected the message "${wanted}" on ${page.url()}, saw: ${JSON.stringify(flashes)}`,
  );
}

async function expectNoAlert(page) {
  const alerts = await page.locator('main .alert').allInnerTexts();
  assert.deepEqual(alerts, [], `unexpected alert on ${page.url()}`);
}

/** A fresh browser (no cookies) where `user` signed in with the dev sign-in form. */
async function signIn(user) {
  // bypassCSP: axe-core is injected as an inline script, which lcreview's policy (rightly) forbids.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  watch(page, user.name);
  openPages.add(page);
  await goto(page, '/signin');
  await page.locator('#user_id').selectOption(String(user.id));
  await follow(page, page.locator('form[action="/auth/dev"] button[type=submit]'));
  const who = await text(page, 'header .who');
  assert.ok(who.includes(user.name), `signed in as ${user.name}, the header says "${who}"`);
  return page;
}

async function signOut(page) {
  await follow(page, page.getByRole('button', { name: 'Sign out' }));
  await expectFlash(page, 'You have signed out.');
  openPages.delete(page);
  await page.context().close();
}

// ---------------------------------------------------------------------------------------------
// The people and the data of the loop.

const stamp = Date.now().toString(36);
const CYCLE_NAME = `Browser review ${stamp}`;
const CITY_NAME = 'Cork';
const secretariat = await api('GET', '/api/v1/me');
const coordinator = { name: 'Cora Coordinator', email: `coord-${stamp}@cork.example.org` };
const experts = [
  { name: 'Alma Alphaexpert', email: `alma-${stamp}@reviewers.example.org` },
  { name: 'Bruno Betaexpert', email: `bruno-${stamp}@reviewers.example.org` },
];
// The three measurements of the one panel in use, with each expert's first-round score, the
// revision-round score, the expected consensus and the statement the secretariat writes.
const MEASUREMENTS = ['3.1.1.a', '3.1.2.a', '3.1.3.a'];
const FIRST = { '3.1.1.a': [4, 4], '3.1.2.a': [5, 4], '3.1.3.a': [5, 2] };
const DISAGREEING = '3.1.3.a';
const REVISED = [4, 2]; // still a spread of 2 after the one revision round: moderation
const MODERATED = 3;
const CONSENSUS = {
  '3.1.1.a': [4, 'Very good', 'agreed'],
  '3.1.2.a': [4, 'Very good', 'agreed'], // an even number of scores: the lower middle value
  '3.1.3.a': [3, 'Good', 'moderated'],
};
const statement = (code) =>
  `Feedback on ${code} for ${CITY_NAME}: a clear commitment, backed by a budget; publish the monitoring results each year.`;
const narrative = (code) =>
  `${CITY_NAME} on ${code}: the city council adopted a lifelong learning strategy in 2024, with a budget line, ` +
  'a coordinating office and yearly public reports on its progress.';

let cycle;
let city;

try {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  console.log(`browser: Chromium ${browser.version()} against ${BASE}; screenshots in ${SHOTS}`);

  await step('00 setup through the API: city, users, experts, cycle, one panel, collecting', async () => {
    city = await api('POST', '/api/v1/cities', { name: CITY_NAME, country: 'IE', languages: ['en'] });
    const u = await api('POST', '/api/v1/users', { ...coordinator, role: 'city', city_id: city.id });
    coordinator.id = u.id;
    for (const e of experts) {
      e.id = (await api('POST', '/api/v1/users', { ...e, role: 'expert' })).id;
      await api('PUT', `/api/v1/experts/${e.id}/profile`, {
        country: 'BR',
        languages: ['en'],
        expertise: ['3.1'],
        capacity: 2,
      });
    }
    cycle = await api('POST', '/api/v1/cycles', { name: CYCLE_NAME, city_ids: [city.id], panel_size: 2 });
    const [first, ...rest] = cycle.panels;
    assert.deepEqual([...first.measurements].sort(), MEASUREMENTS, `the first default panel: ${first.name}`);
    // The first expert chairs the panel and reviews too (the secretariat moderates their items).
    await api('PUT', `/api/v1/cycles/${cycle.id}/panels/${first.id}`, {
      members: experts.map((e) => e.id),
      chair: experts[0].id,
    });
    // Guidance the secretariat wrote for one level of one measurement.
    await api('PUT', `/api/v1/cycles/${cycle.id}/guidance/3.1.1.a`, {
      levels: [{ score: 4, text: 'Very good for 3.1.1.a: the strategy is adopted and funded; monitoring is public.' }],
    });
    for (const p of rest) {
      await api('PUT', `/api/v1/cycles/${cycle.id}/panels/${p.id}`, { members: [], measurements: [] });
    }
    cycle = await api('POST', `/api/v1/cycles/${cycle.id}/transition`, { to: 'collecting' });
    assert.equal(cycle.state, 'collecting');
    return `cycle ${cycle.id} "${CYCLE_NAME}", panel "${first.name}" (${MEASUREMENTS.join(', ')}), k=2`;
  });

  // (a) The city writes and submits its report.
  await step('01 city: signs in, opens the report of the current cycle, saves a draft, submits', async () => {
    const page = await signIn(coordinator);
    assert.equal(await text(page, 'main h1'), CITY_NAME);
    // The home page says what to do next.
    assert.match(await text(page, 'ul.next-steps'), new RegExp(`${CYCLE_NAME}: Write your report and submit it`));
    const row = page.locator('table.data tbody tr', { hasText: CYCLE_NAME });
    assert.match(await text(page, 'main'), /Collecting reports/);
    await follow(page, row.getByRole('link', { name: CYCLE_NAME }));
    assert.equal(new URL(page.url()).pathname, `/cycles/${cycle.id}/reports/${city.id}`);
    assert.equal(await text(page, 'main h1'), `Report of ${CITY_NAME}`);

    // Exactly the cycle's experts'-review measurements are asked for.
    const asked = await page.locator('main textarea[name^="n."][name$=".text"]').evaluateAll((ts) =>
      ts.map((t) => t.name.slice(2, -5)),
    );
    assert.deepEqual(asked.sort(), MEASUREMENTS);
    await page.locator('#language').selectOption('en');
    for (const code of MEASUREMENTS) {
      await page.locator(`textarea[id="n-${code}"]`).fill(narrative(code));
      await page.locator(`textarea[id="l-${code}"]`).fill(`https://cork.example.org/learning/${code}.pdf`);
    }
    // One statistic, by breakdown, with its reference year.
    await page.locator('input[id="y-1.1.1.a"]').fill('2025');
    await page.locator('input[name="s.1.1.1.a.v.Male"]').fill('97.1');
    await page.locator('input[name="s.1.1.1.a.v.Female"]').fill('95,8'); // a decimal comma
    await page.locator('input[name="s.1.1.1.a.v.Total"]').fill('96.5');

    await follow(page, page.getByRole('button', { name: 'Save draft' }));
    await expectFlash(page, 'Draft saved.');
    await expectNoAlert(page);
    assert.equal(await page.locator('textarea[id="n-3.1.2.a"]').inputValue(), narrative('3.1.2.a'));
    assert.equal(await page.locator('input[name="s.1.1.1.a.v.Female"]').inputValue(), '95.8');

    await follow(page, page.getByRole('button', { name: 'Submit the report' }));
    await expectFlash(page, 'Your report is submitted. Thank you.');
    await expectNoAlert(page);
    const main = await text(page);
    assert.match(main, /State: Submitted/);
    assert.match(main, /This report is submitted and locked/);
    assert.equal(await page.locator('textarea[id="n-3.1.1.a"]').getAttribute('readonly'), '');
    assert.equal(await page.getByRole('button', { name: 'Submit the report' }).count(), 0);
    await shot(page, 'city-report-submitted');
    await signOut(page);
    return `${MEASUREMENTS.length} narratives and one statistic, report submitted and locked`;
  });

  await step('02a secretariat: finds the city on the cycle page; every administration page passes', async () => {
    const page = await signIn(secretariat);
    await goto(page, `/cycles/${cycle.id}?q=cor&report=submitted`);
    assert.match(await text(page), /1 of 1 cities shown/);
    assert.equal(await page.locator(`input[name=city_ids][form=bulk]`).count(), 1, 'a city can be selected');
    await shot(page, 'secretariat-cycle-collecting');
    // Each of these is checked with axe-core and at phone width as it is visited.
    for (const p of ['/admin/users', '/admin/cities', '/admin/experts', '/audit', '/outbox', '/mail/templates',
      `/cycles/${cycle.id}/assignment`, `/cycles/${cycle.id}/guidance`, `/cycles/${cycle.id}/panels/${cycle.panels[0].id}`,
      '/cycles', '/network', '/settings', '/framework']) {
      await goto(page, p);
    }
    await signOut(page);
    return 'search, filter and selection on the cycle page; 13 administration pages checked';
  });

  await step('02b secretariat queries a figure, the city answers with a corrected one, the secretariat verifies it', async () => {
    const question = 'Is 96.5 % the census figure? The parts give a mean of 96.45.';
    let sec = await signIn(secretariat);
    await goto(sec, `/cycles/${cycle.id}/reports/${city.id}`);
    const row = sec.locator('tr[id="check-1.1.1.a"]');
    assert.match(await row.innerText(), /Not checked yet/);
    await sec.getByLabel('Question to the city about 1.1.1.a').fill(question);
    await follow(sec, row.getByRole('button', { name: 'Send the question' }));
    await expectFlash(sec, 'Your question about 1.1.1.a is sent to the city.');
    assert.match(await sec.locator('tr[id="check-1.1.1.a"]').innerText(), /Queried by the secretariat/);
    await shot(sec, 'secretariat-figure-queried');
    await signOut(sec);

    const page = await signIn(coordinator);
    await goto(page, `/cycles/${cycle.id}/reports/${city.id}`);
    // Said at the top of the long report, with a link to the question.
    assert.match(await text(page, 'main .alert'), /The secretariat asks about 1 figure\(s\) of this report: 1\.1\.1\.a/);
    const form = page.locator('form[id="answer-1.1.1.a"]');
    assert.ok((await form.innerText()).includes(question), 'the question is on the report');
    await form.getByLabel('Your answer about 1.1.1.a').fill('It is the census figure, rounded; the exact total is 96.4.');
    await form.getByLabel('Total').fill('96.4');
    await shot(page, 'city-figure-question');
    await follow(page, form.getByRole('button', { name: 'Send the answer' }));
    await expectFlash(page, 'Your answer about 1.1.1.a is sent to the secretariat.');
    assert.equal(await page.locator('input[name="s.1.1.1.a.v.Total"]').inputValue(), '96.4');
    assert.match(await text(page), /State: Submitted/);
    await signOut(page);

    sec = await signIn(secretariat);
    await goto(sec, `/cycles/${cycle.id}/reports/${city.id}`);
    assert.match(await sec.locator('tr[id="check-1.1.1.a"]').innerText(), /Answered, to be checked again/);
    await follow(sec, sec.locator('tr[id="check-1.1.1.a"]').getByRole('button', { name: /Verified/ }));
    await expectFlash(sec, '1.1.1.a is marked verified.');
    assert.match(await sec.locator('tr[id="check-1.1.1.a"]').innerText(), /Verified by the secretariat/);
    await signOut(sec);
    return 'queried, answered with a corrected total (locked report), verified';
  });

  await step('02 setup through the API: assignment run and confirmed, cycle in review', async () => {
    const proposal = await api('POST', `/api/v1/cycles/${cycle.id}/assignment/run`);
    assert.deepEqual(proposal.unassigned, [], 'every bundle is filled');
    assert.equal(proposal.bundles.length, 1);
    assert.deepEqual([...proposal.bundles[0].experts].sort(), experts.map((e) => e.id).sort());
    await api('POST', `/api/v1/cycles/${cycle.id}/assignment/confirm`);
    cycle = await api('POST', `/api/v1/cycles/${cycle.id}/transition`, { to: 'reviewing' });
    assert.equal(cycle.state, 'reviewing');
    return `1 bundle (${CITY_NAME} × panel), 2 experts`;
  });

  // (b) Each expert rates their items.
  for (const [i, expert] of experts.entries()) {
    const label = i === 0 ? 'first' : 'second';
    await step(`0${3 + i} expert (${label}): signs in, opens the assigned bundle, rates each item`, async () => {
      const page = await signIn(expert);
      assert.equal(await text(page, 'main h1'), 'Your reviews');
      const row = page.locator('table.data tbody tr', { hasText: CYCLE_NAME });
      assert.match(await text(page, 'table.data tbody'), /0 of 3/);
      await follow(page, row.getByRole('link', { name: CITY_NAME }));
      assert.match(await text(page, 'main h1'), new RegExp(`^${CITY_NAME}: `));
      const min = Number((await text(page)).match(/at least (\d+) characters/)[1]);
      assert.ok(min > 0, 'the cycle asks for a minimum justification');

      const items = await page.locator('section.review-item').evaluateAll((ss) => ss.map((s) => s.id));
      assert.equal(items.length, MEASUREMENTS.length);
      if (i === 0) {
        // Scoring guidance beside the form: the secretariat's text for one level, defaults elsewhere.
        const g311 = page.locator('section.review-item', { has: page.locator('h2 .code', { hasText: '3.1.1.a' }) });
        await g311.locator('details.guidance summary').click();
        assert.match(await g311.locator('details.guidance').innerText(), /Very good for 3\.1\.1\.a/);
        // The cycle's whole guidance, one link away.
        await follow(page, page.getByRole('link', { name: /What each score means, for every measurement/ }));
        assert.equal(await text(page, 'main h1'), 'Scoring guidance');
        assert.match(await text(page), /Very good for 3\.1\.1\.a/);
        await shot(page, 'expert-guidance');
        await page.goBack({ waitUntil: 'load' });
        // A half-written justification with no score yet is kept in this browser; leaving asks
        // first; the text is back when the page opens again.
        const first = page.locator(`section#${items[0]}`);
        const half = 'Half a thought, to be finished after lunch';
        await first.locator('textarea[name=justification]').fill(half);
        await first.locator('.autosave', { hasText: 'Kept in this browser' }).waitFor({ timeout: 10_000 });
        let asked = false;
        const onDialog = async (d) => {
          asked = asked || d.type() === 'beforeunload';
          await d.accept();
        };
        page.on('dialog', onDialog);
        await page.reload({ waitUntil: 'load' });
        page.off('dialog', onDialog);
        assert.ok(asked, 'leaving with unsaved text asks first');
        assert.equal(await page.locator(`section#${items[0]} textarea[name=justification]`).inputValue(), half);
        // With a score, the draft goes to the server by itself: a new version, and no question on leaving.
        await page.locator(`section#${items[0]} input[name=score][value="3"]`).check();
        await page.locator(`section#${items[0]} .autosave`, { hasText: 'Draft saved.' }).waitFor({ timeout: 10_000 });
        assert.notEqual(await page.locator(`section#${items[0]} input[name=version]`).inputValue(), '0');
        await page.reload({ waitUntil: 'load' });
        assert.equal(await page.locator(`section#${items[0]} textarea[name=justification]`).inputValue(), half);
      }
      for (const id of items) {
        const section = page.locator(`section#${id}`);
        const code = await section.locator('h2 .code').innerText();
        // The city's narrative is shown beside the form.
        assert.match(await text(page, `section#${id} .narrative`), new RegExp(`${CITY_NAME} on ${code.replace(/\./g, '\\.')}`));
        const score = FIRST[code][i];
        const justification =
          `Reviewer's reading of ${code}: the strategy is adopted and funded, and ${score >= 4 ? 'its monitoring is public and regular' : 'its monitoring is still thin and irregular'}.`;
        assert.ok(justification.length >= min, `justification of ${justification.length} < ${min} characters`);
        await section.locator(`input[name=score][value="${score}"]`).check();
        await section.locator('textarea[name=justification]').fill(justification);
        await section.locator('select[name=confidence]').selectOption('medium');
        await follow(page, section.getByRole('button', { name: 'Submit', exact: true }));
        await expectFlash(page, 'Your rating is submitted.');
        await expectNoAlert(page);
        const after = page.locator(`section#${id}`);
        assert.match(await after.innerText(), /Submitted\. You may still change it/);
        assert.equal(await after.locator(`input[name=score][value="${score}"]`).isChecked(), true);
      }
      let detail = `${items.length} items rated (${MEASUREMENTS.map((c) => FIRST[c][i]).join(', ')})`;
      if (i === 1) {
        // Now that both submitted, each sees the other's rating, anonymously.
        const others = await text(page, `section#${items[0]} .others`);
        assert.match(others, /Reviewer [A-Z]: [1-5] (Excellent|Very good|Good|Fair|Poor)/);
        const main = await text(page);
        for (const other of [experts[0].name, experts[0].email]) {
          assert.ok(!main.includes(other), `the review page names the other reviewer (${other})`);
        }
        detail += `; the other's rating shown as "${others.match(/Reviewer [A-Z]/)[0]}"`;
      }
      await shot(page, `expert-${label}-rated`);
      await follow(page, page.locator('main').getByRole('link', { name: 'Your reviews' }));
      assert.match(await text(page, 'table.data tbody'), /3 of 3/);
      await signOut(page);
      return detail;
    });
  }

  // (c) The secretariat reconciles and publishes.
  let sec;
  await step('05 secretariat: signs in, cycle page, progress complete, moves the cycle to reconciling', async () => {
    sec = await signIn(secretariat);
    await follow(sec, sec.locator('header nav').getByRole('link', { name: 'Cycles' }));
    await follow(sec, sec.locator('table.data').getByRole('link', { name: CYCLE_NAME }));
    assert.equal(new URL(sec.url()).pathname, `/cycles/${cycle.id}`);
    const main = await text(sec);
    assert.match(main, /State In review/);
    assert.match(main, /Ratings submitted: .*6 of 6/);
    await follow(sec, sec.getByRole('button', { name: 'Move to: Reconciling' }));
    // An irreversible move asks first, saying what it will do.
    assert.match(await text(sec), /Please confirm\. This cannot be undone\..*revision round/);
    await shot(sec, 'secretariat-confirm-reconciling');
    await follow(sec, sec.getByRole('button', { name: 'Yes, move to: Reconciling' }));
    await expectFlash(sec, 'The cycle is now: Reconciling.');
    await expectNoAlert(sec);
    assert.match(await text(sec), /State Reconciling/);
    await shot(sec, 'secretariat-reconciling');
    // The agreement dashboard answers, with its charts.
    await follow(sec, sec.locator('main').getByRole('link', { name: 'Agreement' }));
    assert.equal(await text(sec, 'main h1'), 'Agreement between reviewers');
    assert.ok((await sec.locator('main figure.bar-chart').count()) >= 1, 'the dashboard draws its agreement chart');
    assert.ok((await sec.locator('main table.distribution').count()) >= 1, 'and the score distribution');
    await shot(sec, 'secretariat-agreement');
    await follow(sec, sec.locator('main').getByRole('link', { name: CYCLE_NAME }));
    return `reconciling; ${DISAGREEING} (${FIRST[DISAGREEING].join(' vs ')}) goes to a revision round`;
  });

  for (const [i, expert] of experts.entries()) {
    const label = i === 0 ? 'first' : 'second';
    await step(`0${6 + i} expert (${label}): revision round of the disagreeing item`, async () => {
      const page = await signIn(expert);
      const row = page.locator('table.data tbody tr', { hasText: CYCLE_NAME });
      assert.match(await row.innerText(), /0 of 1/, 'one item to revise');
      assert.match(await row.innerText(), /Revision \(round 2\)/, 'the home page names the round');
      if (i === 0) {
        // The chair's home: their panel, its items by status, what waits for them.
        const home = await text(page);
        assert.match(home, /Panels you chair/);
        assert.match(home, /Agreed: 2/);
        await shot(page, 'chair-home');
      }
      await follow(page, row.getByRole('link', { name: CITY_NAME }));
      assert.match(await text(page, 'main h1'), /Revision \(round 2\)/);
      const section = page.locator('section.review-item', { has: page.locator('h2 .code', { hasText: DISAGREEING }) });
      // The form starts from the reviewer's own first-round rating, shown apart; "you" is marked.
      const mine = await section.locator('.previous').innerText();
      assert.match(mine, new RegExp(`Your rating of round 1: ${FIRST[DISAGREEING][i]} `));
      assert.equal(await section.locator(`input[name=score][value="${FIRST[DISAGREEING][i]}"]`).isChecked(), true);
      assert.match(await section.locator('textarea[name=justification]').inputValue(), /^Reviewer's reading of 3\.1\.3\.a/);
      assert.match(await section.locator('h3').filter({ hasText: 'Your rating' }).innerText(), /you are Reviewer [A-Z]/);
      // The discussion: the first reviewer asks, the second reads it by letter and answers.
      const talk = section.locator('section.discussion');
      if (i === 0) {
        await talk.locator('textarea[name=body]').fill('Are the monitoring reports public, or only announced?');
        await follow(page, talk.getByRole('button', { name: 'Add the comment' }));
        await expectFlash(page, 'Your comment is added.');
      } else {
        const said = await talk.innerText();
        assert.match(said, /Reviewer [A-Z] · round 2/);
        assert.match(said, /Are the monitoring reports public/);
        assert.ok(!said.includes(experts[0].name), 'the discussion names no one');
      }
      // The others' ratings and justifications, anonymised, are there to reconsider.
      const others = await section.locator('.others').innerText();
      assert.match(others, /Reviewer [A-Z]: [1-5]/);
      assert.ok(!others.includes(experts[1 - i].name), 'the revision shows the other reviewer anonymously');
      // The items that agreed take no rating now: their forms should be closed.
      const stillOpen = [];
      for (const code of MEASUREMENTS.filter((c) => c !== DISAGREEING)) {
        const agreed = page.locator('section.review-item', { has: page.locator('h2 .code', { hasText: code }) });
        if ((await agreed.getByRole('button', { name: 'Submit', exact: true }).count()) > 0) stillOpen.push(code);
      }
      if (stillOpen.length) {
        knownBugs.add(
          `in reconciliation, the bundle page ${new URL(page.url()).pathname} offers open rating forms ` +
            '("Submitted. You may still change it until the deadline.", Save draft / Submit) for the items not in ' +
            `a revision round (${stillOpen.join(', ')}); submitting one answers 409 "this item takes no rating now"`,
        );
      }
      const id = await section.getAttribute('id');
      const score = REVISED[i];
      await shot(page, `expert-${label}-revision-form`);
      await section.locator(`input[name=score][value="${score}"]`).check();
      await section
        .locator('textarea[name=justification]')
        .fill(`Revision round for ${DISAGREEING}: having read the other rating, I ${score === FIRST[DISAGREEING][i] ? 'keep' : 'revise to'} ${score}, as the monitoring reports are still partial.`);
      await follow(page, section.getByRole('button', { name: 'Submit', exact: true }));
      await expectFlash(page, 'Your rating is submitted.');
      await expectNoAlert(page);
      // The last reviewer's resubmission settles the round, which closes the item's form.
      assert.match(
        await page.locator(`section#${id}`).innerText(),
        i === 0 ? /Submitted\. You may still change it/ : /This item takes no rating now/,
      );
      await shot(page, `expert-${label}-revised`);
      await signOut(page);
      return `${DISAGREEING}: ${FIRST[DISAGREEING][i]} → ${score}`;
    });
  }

  await step('08 secretariat: reconciliation queue, moderates the item, writes every statement', async () => {
    await follow(sec, sec.locator('main').getByRole('link', { name: 'Reconciliation' }));
    assert.equal(await text(sec, 'main h1'), 'Reconciliation');
    const rowOf = (code) => sec.locator('main table.data tbody tr', { hasText: code });
    assert.equal(await sec.locator('main table.data tbody tr').count(), MEASUREMENTS.length);
    assert.match(await rowOf(DISAGREEING).innerText(), /moderation/);
    for (const code of MEASUREMENTS) {
      await follow(sec, rowOf(code).getByRole('link', { name: CITY_NAME }));
      assert.match(await text(sec, 'main h1'), new RegExp(code.replace(/\./g, '\\.')));
      if (code === DISAGREEING) {
        const history = await text(sec, 'main table.data tbody');
        assert.match(history, /Reviewer A 1 /);
        assert.match(history, /Reviewer B 2 /);
        await sec.locator(`input[name=score][value="${MODERATED}"]`).check();
        await sec.locator('#rationale').fill('The reports show a funded strategy whose monitoring is still partial: Good.');
        await follow(sec, sec.getByRole('button', { name: 'Set the consensus' }));
        await expectFlash(sec, 'The consensus is set.');
        await expectNoAlert(sec);
      }
      const [score, , method] = CONSENSUS[code];
      assert.match(await text(sec, 'main dl.facts'), new RegExp(`Consensus ${score} \\(${method}\\)`));
      await sec.locator('#statement').fill(statement(code));
      await follow(sec, sec.getByRole('button', { name: 'Save the statement' }));
      await expectFlash(sec, 'The statement is saved.');
      await expectNoAlert(sec);
      assert.equal(await sec.locator('#statement').inputValue(), statement(code));
      if (code === DISAGREEING) await shot(sec, 'secretariat-moderated-item');
      await follow(sec, sec.locator('main').getByRole('link', { name: 'Reconciliation' }));
    }
    for (const code of MEASUREMENTS) {
      const row = await rowOf(code).innerText();
      assert.match(row, /written/, `the statement of ${code} is written`);
      assert.match(row, new RegExp(`${CONSENSUS[code][0]} \\(${CONSENSUS[code][2]}\\)`));
    }
    await shot(sec, 'secretariat-queue-complete');
    return MEASUREMENTS.map((c) => `${c} ${CONSENSUS[c][0]} (${CONSENSUS[c][2]})`).join(', ');
  });

  await step('09 secretariat: publishes the cycle on the cycle page', async () => {
    await follow(sec, sec.locator('main').getByRole('link', { name: CYCLE_NAME }));
    await follow(sec, sec.getByRole('button', { name: 'Move to: Published' }));
    assert.match(await text(sec), /goes to its city's profile/);
    await follow(sec, sec.getByRole('button', { name: 'Yes, move to: Published' }));
    await expectFlash(sec, 'The cycle is now: Published.');
    await expectNoAlert(sec);
    assert.match(await text(sec), /State Published/);
    await shot(sec, 'secretariat-published');
    await signOut(sec);
    return 'published';
  });

  // (d) The city reads its results.
  await step('10 city: signs in again and reads its profile (scores, statements, chart)', async () => {
    const page = await signIn(coordinator);
    await follow(page, page.getByRole('link', { name: "Your city's profile: published results" }));
    assert.equal(new URL(page.url()).pathname, `/cities/${city.id}/profile`);
    assert.equal(await text(page, 'main h1'), CITY_NAME);
    const section = page.locator('section.profile-cycle', { has: page.locator('h2', { hasText: CYCLE_NAME }) });
    assert.equal(await section.count(), 1, 'the published cycle is on the profile');
    assert.match(await section.innerText(), /Published \d{1,2} [A-Z][a-z]{2} \d{4}/);
    for (const code of MEASUREMENTS) {
      const [score, label, method] = CONSENSUS[code];
      const article = section.locator('article.measurement', { has: page.locator('.code', { hasText: code }) });
      assert.equal(await article.count(), 1, `${code} is on the profile`);
      const body = (await article.innerText()).replace(/\s+/g, ' ');
      assert.ok(body.includes(`${score} ${label}`), `${code}: "${score} ${label}" in "${body}"`);
      assert.ok(body.includes(`(${method})`), `${code}: method ${method} in "${body}"`);
      assert.ok(body.includes(statement(code)), `${code}: the statement in "${body}"`);
    }
    // Grouped as the framework is: under their area.
    assert.match(await section.locator('h3').first().innerText(), /^3\. Fundamental conditions/);
    // The chart: one bar for the area of focus 3.1, the mean of the three consensus scores, on the
    // 1–5 scale, its words and numbers as text.
    const chart = section.locator('figure.bar-chart');
    assert.equal(await chart.count(), 1, 'the chart is drawn');
    assert.ok(await chart.isVisible());
    assert.match(await chart.locator('figcaption').innerText(), /^Consensus score by area of focus/);
    const mean = MEASUREMENTS.reduce((s, c) => s + CONSENSUS[c][0], 0) / MEASUREMENTS.length;
    assert.deepEqual((await chart.locator('li:not(.bar-axis) .bar-value').allTextContents()).map((t) => t.trim()), [mean.toFixed(1)]);
    assert.match(await chart.locator('.bar-label').first().textContent(), /^3\.1 /);
    assert.deepEqual(await chart.locator('.ticks span').allTextContents(), ['1 Poor', '2 Fair', '3 Good', '4 Very good', '5 Excellent']);
    // The statistics the city reported.
    const stats = await text(page, 'section.profile-cycle table.data');
    assert.match(stats, /1\.1\.1\.a .* 2025 .*Female: 95\.8/);
    // Never a reviewer's identity.
    const html = await page.content();
    for (const e of experts) {
      for (const secret of [e.name, e.email]) assert.ok(!html.includes(secret), `the profile shows ${secret}`);
    }
    assert.ok(!/Reviewer [A-Z]\b/.test(html), 'the profile shows reviewer labels');
    assert.ok(!html.includes(secretariat.email), "the profile shows the secretariat's e-mail");
    await shot(page, 'city-profile');

    // The downloads the profile offers, fetched as this signed-in person's browser would.
    for (const name of ['Download as CSV', 'as JSON']) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const r = await page.request.get(BASE + href, { failOnStatusCode: false });
      if (r.status() === 401) {
        knownBugs.add(
          `the profile's "${name}" link (${href}) answers 401 to the signed-in city user: the API ` +
            'takes only a Bearer token, so the link cannot be used from the page',
        );
        continue;
      }
      assert.equal(r.status(), 200, `${href} answered ${r.status()}`);
      const body = await r.text();
      for (const code of MEASUREMENTS) assert.ok(body.includes(code), `${href} lists ${code}`);
      for (const e of experts) assert.ok(!body.includes(e.email), `${href} names a reviewer`);
    }
    // The results letter: one block per measurement, printed on A4. Measured in print layout: the
    // header and the blocks' mean height give the pages 18 measurements would take.
    await follow(page, page.getByRole('link', { name: `The results letter of ${CYCLE_NAME} (to print)` }));
    assert.match(await text(page, 'main h1'), new RegExp(`^${CITY_NAME}: results of`));
    for (const code of MEASUREMENTS) assert.ok((await text(page)).includes(statement(code)));
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const items = [...document.querySelectorAll('.letter-item')].map((e) => e.getBoundingClientRect().height);
      const first = document.querySelector('.letter-item').getBoundingClientRect().top;
      const top = document.querySelector('.letter').getBoundingClientRect().top;
      return { header: first - top, mean: items.reduce((a, b) => a + b, 0) / items.length };
    });
    const printable = ((297 - 34) / 25.4) * 96; // A4 less the page margins, in CSS px
    const projected = Math.ceil((layout.header + 18 * layout.mean) / printable);
    assert.ok(projected <= 6, `18 measurements would take ${projected} A4 pages`);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, `the letter of ${MEASUREMENTS.length} measurements prints on ${pages} page(s)`);
    await page.emulateMedia({ media: 'screen' });
    await shot(page, 'city-letter');
    await signOut(page);
    return `${MEASUREMENTS.length} scores with label, method and statement; chart ${mean.toFixed(1)} for 3.1; no reviewer identity; the letter prints on ${pages} A4 page (18 measurements: ${projected})`;
  });

  // (e) An expert's past reviews.
  await step('11 expert (chair): reads their past reviews after publication', async () => {
    const page = await signIn(experts[0]);
    await follow(page, page.locator('header nav').getByRole('link', { name: 'My past reviews' }));
    assert.equal(await text(page, 'main h1'), 'Your past reviews');
    const rows = page.locator('main table.data tbody tr');
    assert.equal(await rows.count(), MEASUREMENTS.length);
    const body = await text(page, 'main table.data tbody');
    assert.match(body, new RegExp(`${DISAGREEING.replace(/\./g, '\\.')} .* ${REVISED[0]} \\w.* \\(round 2\\) .*${CONSENSUS[DISAGREEING][0]} ${CONSENSUS[DISAGREEING][1]}`));
    assert.ok(!body.includes(experts[1].name), "another reviewer's name");
    await shot(page, 'expert-history');
    await signOut(page);
    return `${MEASUREMENTS.length} past items with own rating and consensus`;
  });

  // (f) A second cycle, so the profile shows change over time; the city answers its feedback.
  let second;
  await step('12 setup through the API: a second cycle reported, reviewed and published', async () => {
    const reason = 'browser test: a second cycle run through the API';
    const tokenOf = async (u) => (await api('POST', `/api/v1/users/${u.id}/tokens`, { label: 'browser test', expires_in_days: 1, reason })).token;
    const cityToken = await tokenOf(coordinator);
    second = await api('POST', '/api/v1/cycles', { name: `${CYCLE_NAME} (2)`, city_ids: [city.id], panel_size: 2 });
    const [first, ...rest] = second.panels;
    await api('PUT', `/api/v1/cycles/${second.id}/panels/${first.id}`, { members: experts.map((e) => e.id), chair: experts[0].id });
    for (const p of rest) await api('PUT', `/api/v1/cycles/${second.id}/panels/${p.id}`, { members: [], measurements: [] });
    await api('POST', `/api/v1/cycles/${second.id}/transition`, { to: 'collecting' });
    const narratives = Object.fromEntries(MEASUREMENTS.map((c) => [c, { text: narrative(c), evidence_links: [] }]));
    await api('PUT', `/api/v1/cycles/${second.id}/submissions/${city.id}`, {
      language: 'en',
      narratives,
      statistics: { '1.1.1.a': { year: 2026, values: { Male: 97.9, Female: 96.6, Total: 97.2 } } },
    }, cityToken);
    await api('POST', `/api/v1/cycles/${second.id}/submissions/${city.id}/submit`, undefined, cityToken);
    await api('PUT', `/api/v1/cycles/${second.id}/submissions/${city.id}/checks/1.1.1.a`, { status: 'verified' });
    await api('POST', `/api/v1/cycles/${second.id}/assignment/run`);
    await api('POST', `/api/v1/cycles/${second.id}/assignment/confirm`);
    await api('POST', `/api/v1/cycles/${second.id}/transition`, { to: 'reviewing' });
    for (const e of experts) {
      const token = await tokenOf(e);
      for (const item of await api('GET', '/api/v1/me/items', undefined, token)) {
        if (item.cycle_id !== second.id) continue;
        await api('PUT', `/api/v1/items/${item.id}/rating`, {
          score: 5,
          justification: `The second report of ${CITY_NAME} on ${item.measurement} shows the strategy working: results are published each year.`,
          submit: true,
        }, token);
      }
    }
    await api('POST', `/api/v1/cycles/${second.id}/transition`, { to: 'reconciling' });
    for (const item of await api('GET', `/api/v1/cycles/${second.id}/items`)) {
      await api('PUT', `/api/v1/items/${item.id}/feedback`, { statement: statement(item.measurement) });
    }
    second = await api('POST', `/api/v1/cycles/${second.id}/transition`, { to: 'published' });
    assert.equal(second.state, 'published');
    return `"${second.name}" published: every measurement 5 Excellent`;
  });

  await step('13 city: the profile over time, and an action plan answering the feedback', async () => {
    const page = await signIn(coordinator);
    await goto(page, `/cities/${city.id}/profile`);
    const overTime = page.locator('section.over-time');
    assert.match(await overTime.locator('h3').first().innerText(), /Each area of focus, cycle by cycle/);
    const trend = overTime.locator('figure.trend', { hasText: /^3\.1 / });
    assert.equal(await trend.count(), 1, 'a small chart for the area of focus 3.1');
    const mean = MEASUREMENTS.reduce((s, c) => s + CONSENSUS[c][0], 0) / MEASUREMENTS.length;
    const values = (await trend.locator('.trend-values').innerText()).replace(/\s+/g, ' ');
    assert.ok(values.includes(`${CYCLE_NAME}: ${mean.toFixed(1)}`) && values.includes(`${second.name}: 5.0`), values);
    const stats = await text(page, 'section.over-time table[class=data] >> nth=1');
    assert.match(stats, /1\.1\.1\.a .* 96\.4 97\.2/);
    // The statistics of each cycle say they were verified.
    for (const t of await page.locator('section.profile-cycle table.data').allInnerTexts()) assert.match(t, /Verified by the secretariat/);
    await shot(page, 'city-profile-over-time');
    // The action plan for the first cycle.
    const details = page.locator('details', { hasText: `Your action plan for ${CYCLE_NAME}:` });
    await details.locator('summary').click();
    await details.getByLabel(/^3\.1\.3\.a /).fill('A yearly open meeting with the learning partners to act on the panel\'s advice.');
    await follow(page, details.getByRole('button', { name: 'Save the action plan' }));
    await expectNoAlert(page);
    await signOut(page);

    // The secretariat's network view over time: counts only, no city named.
    const sec = await signIn(secretariat);
    await goto(sec, '/network');
    assert.match(await text(sec), /The network over time/);
    assert.ok(!(await text(sec, 'main')).includes(CITY_NAME), 'the network view names no city');
    await shot(sec, 'secretariat-network-over-time');
    await signOut(sec);
    return `3.1 from ${mean.toFixed(1)} to 5.0; 1.1.1.a 96.4 → 97.2; action plan saved; network over time`;
  });

  await step('14 six languages: the city in Arabic (right to left), an expert in Chinese, each page checked', async () => {
    // The city coordinator chooses Arabic on the switcher: kept on their profile.
    const page = await signIn(coordinator);
    await follow(page, page.locator('nav.languages button[value="ar"]'));
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await shot(page, 'city-home-arabic');
    await goto(page, `/cities/${city.id}/profile`);
    // Laid out right to left: the main column starts at the right.
    const box = await page.locator('main h1').first().boundingBox();
    const width = page.viewportSize().width;
    assert.ok(box.x + box.width > width / 2, `the heading sits at the right in Arabic (${JSON.stringify(box)})`);
    // A narrative keeps its own language and direction.
    assert.ok(await page.locator('[lang="en"][dir="auto"], [dir="auto"][lang="en"]').count() > 0, 'an English statement marked as English');
    await shot(page, 'city-profile-arabic');
    await goto(page, '/framework');
    await shot(page, 'framework-arabic');
    const unofficial = await page.locator('footer').innerText();
    assert.ok(unofficial.length > 0);
    // Back to English, from the same switcher.
    await follow(page, page.locator('nav.languages button[value="en"]'));
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    await signOut(page);

    // An expert chooses Chinese.
    const expert = await signIn(experts[1]);
    await follow(expert, expert.locator('nav.languages button[value="zh"]'));
    assert.equal(await expert.getAttribute('html', 'lang'), 'zh');
    await shot(expert, 'expert-home-chinese');
    await goto(expert, '/history');
    await shot(expert, 'expert-history-chinese');
    await goto(expert, '/settings');
    await shot(expert, 'expert-settings-chinese');
    await follow(expert, expert.locator('nav.languages button[value="en"]'));
    await signOut(expert);

    // A visitor's browser asking for Arabic gets the sign-in page in Arabic.
    const context = await browser.newContext({ locale: 'ar-EG', bypassCSP: true });
    const visitor = await context.newPage();
    watch(visitor, 'visitor');
    await goto(visitor, '/signin');
    assert.equal(await visitor.getAttribute('html', 'dir'), 'rtl');
    await shot(visitor, 'signin-arabic');
    await context.close();
    return 'Arabic right to left (home, profile, framework, sign-in), Chinese (home, history, settings), axe-core on each';
  });

  for (const note of notes) console.log(`note: ${note}`);
  console.log(`accessibility: ${axeChecked} pages checked with axe-core (WCAG 2.0/2.1 A and AA), no violation; none scrolls sideways at 390 px`);
  for (const bug of knownBugs) console.log(`KNOWN BUG (reported, not yet fixed): ${bug}`);
  if (STRICT && knownBugs.size) throw new Error(`${knownBugs.size} known bug(s) (BROWSER_STRICT=0 reports them without failing)`);
  console.log(`browser: ${passed} passed, 0 failed`);
} catch (e) {
  console.log(`browser: ${passed} passed, 1 failed`);
  console.error(e.stack || String(e));
  process.exitCode = 1;
} finally {
  if (browser) await browser.close();
}

