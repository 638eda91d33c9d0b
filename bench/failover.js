// Live updates across nodes through a database failover (bench/failover.sh): a board open on node 2
// before the primary is killed; a car on it checked in through node 1's API must show checked in,
// once before the kill and once after the promotion (the listening connections have to find the
// new primary on their own).
//   node failover.js NODE1 NODE2 TOKEN READY_FILE PROMOTED_FILE
// Writes READY_FILE once the first check passed, waits for PROMOTED_FILE (written by the script
// when the standby is promoted) and prints one line.
const fs = require('fs');
const { chromium } = require('playwright-core');

const [node1, node2, token, readyFile, promotedFile] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// A request to node 1's API, tried again until it is answered with the expected status (a minute).
const api = async (path, body, expected) => {
  const until = Date.now() + 60000;
  for (;;) {
    try {
      const response = await fetch(node1 + path, { method: 'POST', signal: AbortSignal.timeout(10000),
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const text = await response.text();
      if (response.status === expected) return JSON.parse(text);
      if (Date.now() > until) throw new Error(`${path} answered ${response.status}: ${text}`);
    } catch (e) {
      if (Date.now() > until) throw e;
    }
    await sleep(500);
  }
};

// A car waiting on node 2's board checked in through node 1's API: ms from the API's answer to
// node 2's board showing the car checked in.
const acrossNodes = async (board) => {
  const button = board.locator(".visit-tile[data-stage='BOOKED'] .move-button").first();
  const visit = await button.getAttribute('data-visit');
  const plate = await board.locator(`.visit-tile[data-stage='BOOKED']:has(.move-button[data-visit='${visit}'])`)
    .getAttribute('data-plate');
  await api(`/api/v1/visits/${visit}/transitions`, { to: 'CHECKED_IN' }, 200);
  const start = Date.now();
  await board.waitForSelector(`.visit-tile[data-plate='${plate}'][data-stage='CHECKED_IN']`, { timeout: 60000 });
  return Date.now() - start;
};

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const board = await context.newPage();
  await board.goto(node2 + '/login');
  await board.fill('vaadin-login-form input[name=username]', 'kari');
  await board.fill('vaadin-login-form input[name=password]', 'demo-password');
  await board.click('vaadin-login-form vaadin-button[slot=submit]');
  await board.waitForURL((url) => !url.toString().includes('/login'));
  await board.goto(node2 + '/board');
  await board.waitForSelector('.visit-tile');
  const before = await acrossNodes(board);
  fs.writeFileSync(readyFile, 'ready\n');
  while (!fs.existsSync(promotedFile)) await sleep(200);
  const promoted = Date.now();
  const after = await acrossNodes(board);
  const total = ((Date.now() - promoted) / 1000).toFixed(1);
  console.log(`live updates across nodes: a car checked in on node 1 shown on node 2's board (open all along, ` +
    `not reloaded) ${before} ms later before the kill; after the promotion ${after} ms later (checked in and shown ` +
    `${total} s after the promotion)`);
  await browser.close();
})().catch((e) => { console.error(`live updates across nodes: FAILED ${e.message}`); process.exit(1); });
