// Live updates with many screens open, and what screens cost in memory.
//   node live-updates.js BASE APP_PID TOKEN [MOVES]
// One app (demo data), one long scenario:
//   1. a board move's latency to a watching board, and the mover's own wait, with 2, 20 and 50
//      screens open (boards and My jobs mixed, each its own signed-in browser session);
//   2. heap after GC with 20 and 50 screens open (once the sign-in pages the browsers passed through
//      are let go): per screen against the heap before any was opened, and each of the last 30;
//   3. 20 of those browsers killed without a word (as a sleeping tablet): moves again at once;
//   4. 200 changes (bookings over the API) with the orphans present: heap after every 50;
//   5. the heap until the app has let go of the killed screens, then all browsers killed and the
//      heap until it is back where it started (budget: within 5 minutes).
// Heap is the live objects after a full GC (jcmd GC.class_histogram: see common.js); before any screen and with 20 and 50 the
// least of three readings 5 s apart (a background job caught at work, the roll-ups' refresh or the
// sweep, holds its rows through one GC, not three). Traffic goes to loopback only.
const { chromium } = require('playwright-core');
const c = require('./common');

const base = process.argv[2];
const pid = process.argv[3];
const token = process.argv[4];
const moves = +(process.argv[5] || 8);
const options = c.chromiumOptions;
const { sleep, stat, mib } = c;
const heap = () => c.heap(pid);
// The server's own timing of the screens' round trips (Vaadin's UIDL requests: a tap is one), from
// the app's metrics: the histogram's counts per bucket, so two scrapes give the requests between them.
const uidlBuckets = () => c.buckets(base, token, ['uidl']);
const serverPercentiles = (before, after) => {
  const { total, p50, p95, p99 } = c.serverPercentiles(before, after);
  return `the server's time for the screens' ${total} requests meanwhile: median ${p50}, p95 ${p95}, p99 ${p99}`;
};
// Screens the server holds (its gauge; the sign-in and start pages a browser left count until let go).
const openScreens = async () => +/^huoltopolku_screens_open (\S+)/m.exec(await c.metrics(base, token))[1];
const book = () => c.book(base, token, 'LU');

const open = async (browser, person, path, recordPushes = false) => {
  const page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
  await page.goto(base + '/login');
  await page.fill('vaadin-login-form input[name=username]', person);
  await page.fill('vaadin-login-form input[name=password]', 'demo-password');
  await page.click('vaadin-login-form vaadin-button[slot=submit]');
  await page.waitForURL((url) => !url.toString().includes('/login'));
  if (recordPushes) listen(page);
  await page.goto(base + path);
  await page.waitForSelector(path === '/board' ? '.visit-tile' : 'vaadin-app-layout');
  return page;
};
const technicians = ['juha', 'pekka', 'antti', 'ville', 'jari', 'timo'];
const openMany = async (browser, from, count) => {
  for (let i = from; i < from + count; i++) {
    await open(browser, i % 2 ? technicians[i % technicians.length] : 'kari', i % 2 ? '/my-jobs' : '/board');
  }
};

// Pushed frames the watching board received, with when (to tell the server's part of an update from
// the page's). Only the watcher's are recorded: listening on every page would cost each move 50 frames
// sent to this script, on the same two cores as the pages and the app.
const frames = new WeakMap();
const listen = (page) => {
  const received = [];
  frames.set(page, received);
  page.on('websocket', (ws) => ws.on('framereceived', (f) => received.push({ at: Date.now(), text: String(f.payload) })));
};

/** The plates of the checked-in cars still to move, in the order they were checked in. */
const cars = [];
const measureMoves = async (label, mover, watcher) => {
  const before = await uidlBuckets();
  const seen = [];
  const pushed = [];
  const request = [];
  for (let i = 0; i < moves; i++) {
    // The next car this run checked in (its check-in answered): the board moves it into work with one
    // tap (a booked car opens the check-in dialog instead).
    const plate = cars.shift();
    if (plate === undefined) break;
    const tile = mover.locator(`.visit-tile[data-plate='${plate}'][data-stage='CHECKED_IN']`);
    const answered = mover.waitForResponse((r) => r.url().includes('v-r=uidl') && r.request().method() === 'POST');
    const start = Date.now();
    await tile.locator('.move-button').click();
    // The mover's own request (Vaadin sends it as a POST): from sending it to the last byte of the answer.
    const timing = (await answered).request().timing();
    await mover.waitForSelector(`.visit-tile[data-plate='${plate}'][data-stage='IN_WORK']`, { timeout: 30000 });
    request.push(Math.round(timing.responseEnd - timing.requestStart));
    await watcher.waitForSelector(`.visit-tile[data-plate='${plate}'][data-stage='IN_WORK']`, { timeout: 30000 });
    seen.push(Date.now() - start);
    const frame = frames.get(watcher).find((f) => f.at >= start && f.text.includes(plate));
    if (frame) pushed.push(frame.at - start);
    await sleep(300);
  }
  console.log(`${label}: ${seen.length} moves; the mover's request ${stat(request)} (budget 100 ms p95); ` +
    `a watching board shows the move after ${stat(seen)} (budget 1000 ms), its browser had the push after ${stat(pushed)}; ` +
    serverPercentiles(before, await uidlBuckets()));
};

(async () => {
  // Cars to move: every case moves checked-in cars on into work.
  for (let i = 0; i < 4 * moves + 4; i++) cars.push((await c.checkedIn(base, token, 'LU')).vehicle.plate);
  const leastOfThree = () => c.settledHeap(pid);
  const baseline = await leastOfThree();
  console.log(`heap after GC before any screen was opened: ${mib(baseline)}`);

  const survivor = await chromium.launchServer(options);
  const browser = await chromium.connect(survivor.wsEndpoint());
  const server = await chromium.launchServer(options);
  const doomed = await chromium.connect(server.wsEndpoint());
  const mover = await open(browser, 'aino', '/board');
  const watcher = await open(browser, 'kari', '/board', true);
  await measureMoves('2 screens open', mover, watcher);

  await openMany(browser, 0, 18);
  // Each browser passed through the sign-in page and the start page on its way: their screens stay
  // with the server until their session's third missed heartbeat (3 min), as a sleeping tablet's
  // would. Heap is measured once only the open screens are left.
  const settled = async (count) => {
    const start = Date.now();
    while ((await openScreens()) > count && Date.now() - start < 6 * 60000) await sleep(10000);
    return leastOfThree();
  };
  const with20 = await settled(20);
  await measureMoves('20 screens open', mover, watcher);

  await openMany(doomed, 18, 20);
  await openMany(browser, 38, 10);
  const opened = heap();
  const with50 = await settled(50);
  // Against the heap before any screen, a screen's share also holds what the app keeps whoever
  // watches (the database's page cache warmed by the moves and reads): the 30 screens opened last
  // show what one more screen costs.
  console.log(`heap after GC with 50 screens open: ${mib(opened)} at once, ${mib(with50)} once the sign-in and ` +
    `start pages the browsers passed through were let go (${await openScreens()} screens held; ${mib(with20)} ` +
    `with 20); per screen against the heap before any screen ${((opened - baseline) * 1024 / 50).toFixed(0)} kB ` +
    `at once, ${((with50 - baseline) * 1024 / 50).toFixed(0)} kB then; each of the 30 screens opened last ` +
    `${((with50 - with20) * 1024 / 30).toFixed(0)} kB (budget 300 kB)`);
  await measureMoves('50 screens open', mover, watcher);

  if (process.env.HOLD) { console.log('holding'); await sleep(+process.env.HOLD * 1000); }
  if (process.env.QUICK) process.exit(0);

  // 20 browsers die without a word to the server.
  server.process().kill('SIGKILL');
  const killedAt = Date.now();
  await measureMoves('50 screens open, 20 of their browsers just killed', mover, watcher);

  const heaps = [];
  for (let n = 1; n <= 200; n++) {
    await book();
    if (n % 50 === 0) heaps.push(heap());
  }
  console.log(`200 changes with 20 orphaned screens present: heap after GC every 50 changes ` +
    `${heaps.map(mib).join(', ')} (${mib(with50)} before the changes)`);

  // The app lets go of the killed browsers' screens once they have missed their heartbeats.
  let now = heap();
  while (Date.now() - killedAt < 6 * 60000) {
    await sleep(30000);
    now = heap();
  }
  console.log(`heap after GC ${((Date.now() - killedAt) / 60000).toFixed(1)} min after the 20 were killed: ${mib(now)} ` +
    `(30 screens still open: about ${mib(baseline + (with50 - baseline) * 30 / 50)} expected)`);

  survivor.process().kill('SIGKILL');
  const allGone = Date.now();
  const returned = [];
  while (Date.now() - allGone < 5 * 60000 + 30000) {
    await sleep(30000);
    returned.push(heap());
  }
  console.log(`all browsers killed: heap after GC every 30 s ${returned.map((x) => x.toFixed(1)).join(', ')} MiB; ` +
    `after 5 min ${mib(returned[returned.length - 1])} against ${mib(baseline)} before any screen (budget: back to it)`);
  process.exit(0);
})().catch((e) => { console.error(e); process.exit(1); });
