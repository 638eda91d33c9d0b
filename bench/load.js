// Load through real Vaadin round trips: technicians' tablets and advisors' boards, each its own
// signed-in headless Chromium session, at growing numbers of sessions.
//   node load.js BASE APP_PID TOKEN [LEVELS, default 10,25,50,100: the first shows a server just started]
// At each level the sessions opened so far stay open and new ones sign in (tablets with badge and
// PIN, landing on My jobs; one in five an advisor at the counter). Then the advisors open the board
// from the menu and keep it open, and every tablet works one car through its journey, one action
// at a time for all of them, each tablet's tap at a random moment of a window of half a second per
// session (two taps a second whatever the number of sessions: each tap's change is pushed to every
// open My jobs and board, so the fan-out grows with the sessions): take the car, start it, open its
// checklist, tick three answers, move it on.
// Per action: the server's time from its own metrics (the request histogram of the app's
// /api/prometheus, scraped before and after the action: its bucket bounds), the time the user waited
// (from the tap until the screen showed the result: this includes the browser's own work, and every
// browser runs on the same 2 cores as the app), and errors (5xx answers, screens that never showed
// the result). Heap after GC per session, against the heap before any session, once the sign-in
// pages the browsers passed through were let go. Traffic goes to loopback only.
const { chromium } = require('playwright-core');
const c = require('./common');
const fs = require('fs');

const [base, pid, token] = process.argv.slice(2, 5);
const levels = (process.argv[5] || '10,25,50,100').split(',').map(Number);
/** The window an action's taps are spread over: half a second per session, so two taps a second. */
const windowFor = (sessions) => Math.max(5000, sessions * 500);
// Every tablet its own technician: the demo's six (badges 1001-1006) and the extra ones bench/load.sh
// asks the demo for (1007 on), so a change shows in full on one technician's My jobs, as in a workshop.
const badge = (n) => String(1001 + n - Math.floor(n / 5));
const ADVISORS = ['aino', 'kari', 'leena'];
const screensOpen = async () => +/^huoltopolku_screens_open (\S+)/m.exec(await c.metrics(base, token))[1];

const sessions = [];
const browsers = [];
let failures = [];

/** A browser for every 25 sessions: one Chromium process would serialise them all. */
const browserFor = async (n) => {
  while (browsers.length <= Math.floor(n / 25)) browsers.push(await c.launch(chromium));
  return browsers[Math.floor(n / 25)];
};

const signIn = async (n) => {
  const tablet = n % 5 !== 4;
  const browser = await browserFor(n);
  const context = await browser.newContext({ viewport: tablet ? { width: 1024, height: 768 } : { width: 1440, height: 900 },
    hasTouch: tablet, locale: 'fi-FI' });
  const page = await context.newPage();
  const session = { n, tablet, page, errors: 0 };
  page.on('response', (r) => { if (r.status() >= 500) session.errors++; });
  await page.goto(base + (tablet ? '/login?tablet' : '/login'));
  await page.fill('vaadin-login-form input[name=username]', tablet ? badge(n) : ADVISORS[n % ADVISORS.length]);
  await page.fill('vaadin-login-form input[name=password]', tablet ? '1234' : 'demo-password');
  const started = Date.now();
  const post = page.waitForResponse((r) => r.url().includes('/login') && r.request().method() === 'POST', { timeout: 60000 });
  const first = page.waitForResponse((r) => r.url().includes('v-r=init'), { timeout: 60000 });
  await page.click('vaadin-login-form vaadin-button[slot=submit]');
  await page.waitForURL((url) => !url.toString().includes('/login'), { timeout: 60000 });
  await page.waitForSelector('vaadin-app-layout', { timeout: 60000 });
  session.signedIn = Date.now() - started;
  // The server's part as the browser saw it: from sending the request to the answer's last byte.
  const took = (timing) => Math.round(timing.responseEnd - timing.requestStart);
  session.signInRequest = took((await post).request().timing());
  session.firstScreenRequest = took((await first).request().timing());
  sessions.push(session);
  return session;
};

/** A car for a tablet: booked, checked in with the check-in's mandatory answers, free to take. */
const prepareCar = async (session) => {
  session.plate = (await c.checkedIn(base, token, 'LD')).vehicle.plate;
};

const tile = (session, stage) => session.page.locator(`.visit-tile[data-plate='${session.plate}'][data-stage='${stage}']`);
const answer = async (page, item, value) => {
  const button = page.locator(`.checklist-row[data-item='${item}'] vaadin-button.answer-${value}`);
  await button.click();
  await page.waitForSelector(`.checklist-row[data-item='${item}'] vaadin-button.answer-${value}[aria-pressed='true']`);
};

// The tablet journey's actions: each does its tap(s) and waits until the screen shows the result.
const ACTIONS = [
  ['take the car', 'uidl', async (s) => {
    await tile(s, 'CHECKED_IN').waitFor();
    await tile(s, 'CHECKED_IN').locator('.action-take').click();
    await tile(s, 'CHECKED_IN').locator('.action-start').waitFor();
  }],
  ['start work', 'uidl', async (s) => {
    await tile(s, 'CHECKED_IN').locator('.action-start').click();
    await tile(s, 'IN_WORK').waitFor();
  }],
  ['open the checklist', 'uidl', async (s) => {
    await tile(s, 'IN_WORK').locator('.action-checklist').click();
    await s.page.locator('#checklist-onwards').waitFor();
  }],
  ['tick three answers', 'uidl', async (s) => {
    await answer(s.page, 'WRK_COVERS', 'YES');
    await answer(s.page, 'WRK_CONCERN_FIXED', 'YES');
    await answer(s.page, 'WRK_ROAD_TEST', 'NA');
  }],
  ['move the stage on', 'uidl', async (s) => {
    await s.page.locator('#checklist-onwards').click();
    await s.page.waitForURL('**/my-jobs');
  }],
];
// The advisors open the board from the menu (a round trip, not a page load) and keep it open.
const BOARD = ['open the board', 'uidl', async (s) => {
  await s.page.locator("vaadin-side-nav-item[path='board']").click();
  await s.page.locator('.visit-tile').first().waitFor();
}];
const toCounter = async (s) => {
  await s.page.locator("vaadin-side-nav-item[path='counter']").click();
  await s.page.waitForURL('**/counter');
};

/** One action for the given sessions, each at a random moment of the window; prints its figures. */
const phase = async (level, [label, route, act], who) => {
  const before = await c.buckets(base, token, [route]);
  const errorsBefore = await c.serverErrors(base, token);
  const sched = c.schedReading(pid);
  const waited = [];
  let failed = 0;
  await Promise.all(who.map(async (s) => {
    await c.sleep(Math.random() * windowFor(sessions.length));
    const started = Date.now();
    try {
      await act(s);
      waited.push(Date.now() - started);
    } catch (e) {
      failed++;
      failures.push(`${label}, session ${s.n}: ${String(e.message).split('\n')[0]}`);
    }
  }));
  const server = c.serverPercentiles(before, await c.buckets(base, token, [route]));
  const errors = (await c.serverErrors(base, token)) - errorsBefore;
  const cpu = c.cpuBetween(sched, c.schedReading(pid));
  console.log(`${level} sessions · ${label} (${who.length} in ${windowFor(sessions.length) / 1000} s): server p50 ${server.p50}, p95 ${server.p95}, p99 ${server.p99} ` +
    `(${server.total} ${route === 'uidl' ? 'round trips' : 'page requests'}); the user waited median ` +
    `${waited.length ? c.quantile(waited, 0.5) : '–'} ms, p95 ${waited.length ? c.quantile(waited, 0.95) : '–'} ms; ` +
    `errors: ${errors} answered 5xx, ${failed} not shown; the app's threads ran ${cpu.run} ms and waited for a ` +
    `processor ${cpu.wait} ms in all`);
  return server;
};

(async () => {
  const baseline = await c.settledHeap(pid, 'start');
  console.log(`heap after GC before any session: ${c.mib(baseline)}`);
  let previous = { sessions: 0, heap: baseline };
  const summary = [];
  for (const level of levels) {
    // New sessions sign in, three at a time (the sign-in's Argon2id check is deliberately slow).
    const beforeSignIn = await c.buckets(base, token, ['page']);
    const fresh = [];
    for (let n = sessions.length; n < level; n += 3) {
      fresh.push(...await Promise.all([...Array(Math.min(3, level - n)).keys()].map((k) => signIn(n + k))));
    }
    const signIns = c.serverPercentiles(beforeSignIn, await c.buckets(base, token, ['page']));
    const q = (xs) => `median ${c.quantile(xs, 0.5)} ms, p95 ${c.quantile(xs, 0.95)} ms, p99 ${c.quantile(xs, 0.99)} ms`;
    console.log(`${level} sessions · sign in (${fresh.length} new; badge and PIN on the tablets, landing on My jobs): ` +
      `server (page requests: the sign-in, its redirect and the first screen, from the metrics) p50 ${signIns.p50}, ` +
      `p95 ${signIns.p95}, p99 ${signIns.p99} (${signIns.total}); as the browser saw them: the sign-in request ` +
      `${q(fresh.map((s) => s.signInRequest))}, the first screen's (My jobs') ${q(fresh.map((s) => s.firstScreenRequest))}; ` +
      `the user waited ${q(fresh.map((s) => s.signedIn))}`);

    // The advisors start each level at the counter (where they land after signing in).
    for (const s of sessions.filter((x) => !x.tablet)) if (!s.page.url().includes('/counter')) await toCounter(s);
    const tablets = sessions.filter((s) => s.tablet);
    const boards = sessions.filter((s) => !s.tablet);
    for (const s of tablets) await prepareCar(s);
    // Every tablet shows its new car before the board is opened: the board's time is the board's, not
    // the other browsers' catching up with the burst of new cars on the same 2 cores.
    await Promise.all(tablets.map((s) => tile(s, 'CHECKED_IN').waitFor({ timeout: 60000 }).catch(() => {})));
    const rows = [[BOARD[0], await phase(level, BOARD, boards)]];
    for (const action of ACTIONS) {
      rows.push([action[0], await phase(level, action, tablets)]);
    }
    // Heap once only the open screens are held (the sign-in pages' screens go after three missed heartbeats).
    const settling = Date.now();
    while ((await screensOpen()) > sessions.length && Date.now() - settling < 5 * 60000) await c.sleep(10000);
    const now = await c.settledHeap(pid, `${level}-sessions`);
    console.log(`${level} sessions · heap after GC ${c.mib(now)} (${await screensOpen()} screens held): per session ` +
      `${((now - baseline) * 1024 / level).toFixed(0)} kB against the start, ${((now - previous.heap) * 1024 /
      (level - previous.sessions)).toFixed(0)} kB for each of the ${level - previous.sessions} added (budget 300 kB)`);
    summary.push({ level, rows, perSession: (now - baseline) * 1024 / level });
    previous = { sessions: level, heap: now };
  }
  // What the sessions themselves hold: every one signs out (its session ends, its screen is let go)
  // and the browsers close; the heap drops by that much. The rest of the growth since the start is
  // the data the journeys wrote and the database cache that read it, which stays without sessions.
  const held = previous.heap;
  // LOAD_HEAP_DUMP=file: a heap dump with every session still open, to see what they hold.
  if (process.env.LOAD_HEAP_DUMP) {
    fs.rmSync(process.env.LOAD_HEAP_DUMP, { force: true }); // jmap will not write over an older dump
    require('child_process').execFileSync('jmap', [`-dump:live,format=b,file=${process.env.LOAD_HEAP_DUMP}`, pid]);
  }
  for (const s of sessions) {
    await s.page.evaluate(() => fetch('logout', { method: 'POST' })).catch(() => {});
  }
  for (const b of browsers) await b.close();
  const closing = Date.now();
  while ((await screensOpen()) > 0 && Date.now() - closing < 5 * 60000) await c.sleep(5000);
  const released = await c.settledHeap(pid, 'signed-out');
  const ownShare = (held - released) * 1024 / sessions.length;
  console.log(`all ${sessions.length} sessions signed out and their browsers closed: heap after GC ${c.mib(released)} ` +
    `(${await screensOpen()} screens held); what each session held: ${ownShare.toFixed(0)} kB (budget 300 kB); ` +
    `the other ${c.mib(released - baseline)} of growth since the start is the data written and the cache that read it`);
  console.log('growth with sessions (server p95 per action, from the metrics; budget 50 ms):');
  for (const [i, [label]] of [BOARD, ...ACTIONS].entries()) {
    console.log(`  ${label.padEnd(20)} ${summary.map((s) => `${s.level}: ${s.rows[i][1].p95}`).join(' · ')}`);
  }
  console.log(`  heap per session     ${summary.map((s) => `${s.level}: ${s.perSession.toFixed(0)} kB`).join(' · ')} against the start; ` +
    `${ownShare.toFixed(0)} kB what each of the ${sessions.length} held (signed out at the end)`);
  if (failures.length) console.log(`not shown: ${failures.slice(0, 10).join('; ')}${failures.length > 10 ? '; …' : ''}`);
  console.log(`5xx answers seen by the browsers: ${sessions.reduce((sum, s) => sum + s.errors, 0)}`);
  process.exit(0);
})().catch((e) => { console.error(e); process.exit(1); });
