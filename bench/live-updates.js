// Live updates with many screens open: how long a board move takes to reach a watching board,
// and how long the person who moved waits for their own screen, with N other screens open
// (boards and My jobs mixed). Optionally kills K of those browsers first (a tablet gone to sleep).
// usage: node live-updates.js http://localhost:8080 SCREENS MOVES [KILLED]
const { chromium } = require('playwright-core');

const options = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
};
const launch = () => chromium.launch(options);

(async () => {
  const base = process.argv[2] || 'http://localhost:8080';
  const screens = +(process.argv[3] || 2);
  const moves = +(process.argv[4] || 10);
  const killed = +(process.argv[5] || 0);
  const browser = await launch();
  const server = killed > 0 ? await chromium.launchServer(options) : null;
  const doomed = server ? await chromium.connect(server.wsEndpoint()) : null;
  const open = async (b, person, path) => {
    const page = await (await b.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    await page.goto(base + '/login');
    await page.fill('vaadin-login-form input[name=username]', person);
    await page.fill('vaadin-login-form input[name=password]', 'demo-password');
    await page.click('vaadin-login-form vaadin-button[slot=submit]');
    await page.waitForURL(url => !url.toString().includes('/login'));
    await page.goto(base + path);
    await page.waitForSelector(path === '/board' ? '.visit-tile' : 'vaadin-app-layout');
    return page;
  };
  const technicians = ['juha', 'pekka', 'antti', 'ville', 'jari', 'timo'];
  for (let i = 0; i < killed; i++) {
    await open(doomed, i % 2 ? technicians[i % technicians.length] : 'kari', i % 2 ? '/my-jobs' : '/board');
  }
  if (server) {
    // The browser dies without a word to the server, as a killed browser or a sleeping tablet.
    server.process().kill('SIGKILL');
  }
  for (let i = 0; i < screens - 2; i++) {
    await open(browser, i % 2 ? technicians[i % technicians.length] : 'kari', i % 2 ? '/my-jobs' : '/board');
  }
  const mover = await open(browser, 'aino', '/board');
  const watcher = await open(browser, 'kari', '/board');
  const seen = [];
  const own = [];
  for (let i = 0; i < moves; i++) {
    const tile = mover.locator(".visit-tile[data-stage='CHECKED_IN'], .visit-tile[data-stage='BOOKED']").first();
    if (await tile.count() === 0) break;
    const plate = await tile.getAttribute('data-plate');
    const from = await tile.getAttribute('data-stage');
    const to = from === 'BOOKED' ? 'CHECKED_IN' : 'IN_WORK';
    const start = Date.now();
    await tile.locator('.move-button').click();
    await mover.waitForSelector(`.visit-tile[data-plate='${plate}'][data-stage='${to}']`, { timeout: 30000 });
    own.push(Date.now() - start);
    await watcher.waitForSelector(`.visit-tile[data-plate='${plate}'][data-stage='${to}']`, { timeout: 30000 });
    seen.push(Date.now() - start);
  }
  const stat = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${s[Math.floor(s.length / 2)]} ms, p95 ${s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]} ms`;
  };
  console.log(`${screens} screens open${killed ? `, ${killed} more killed` : ''}: ${seen.length} moves; ` +
    `the mover's own screen ${stat(own)}; a watching board ${stat(seen)} (budget 1000 ms)`);
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
