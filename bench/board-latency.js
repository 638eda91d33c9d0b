// How long a board move takes to reach a second open board (budget: 1 s).
// Two browsers show the workshop board; one moves a card, the other waits for it in its new column.
// usage: node board-latency.js http://localhost:8080 ROUNDS
const { chromium } = require('playwright-core');

(async () => {
  const base = process.argv[2] || 'http://localhost:8080';
  const rounds = +(process.argv[3] || 10);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const open = async (person) => {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    // Signs in as a demo person (password documented in the README and on the login page).
    await page.goto(base + '/login');
    await page.fill('vaadin-login-form input[name=username]', person);
    await page.fill('vaadin-login-form input[name=password]', 'demo-password');
    await page.click('vaadin-login-form vaadin-button[slot=submit]');
    await page.waitForURL(url => !url.toString().includes('/login'));
    await page.goto(base + '/board');
    await page.waitForSelector('.visit-tile');
    return page;
  };
  const mover = await open('aino');
  const watcher = await open('kari');
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const tile = mover.locator(".visit-tile[data-stage='CHECKED_IN'], .visit-tile[data-stage='BOOKED']").first();
    if (await tile.count() === 0) break;
    const plate = await tile.getAttribute('data-plate');
    const from = await tile.getAttribute('data-stage');
    const to = from === 'BOOKED' ? 'CHECKED_IN' : 'IN_WORK';
    const start = Date.now();
    await tile.locator('.move-button').click();
    await watcher.waitForSelector(`.visit-tile[data-plate='${plate}'][data-stage='${to}']`, { timeout: 10000 });
    times.push(Date.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`board move -> second board: ${times.length} moves, median ${median} ms, max ${times[times.length - 1]} ms (budget 1000 ms)`);
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
