// Live updates across nodes: a board move made on one node, shown on a board open on the other.
//   node cross-node.js FRONT TOKEN [MOVES]   (FRONT: HAProxy in front of two nodes, deploy/cluster.sh)
// Browsers go through HAProxy as users do; each browser is held on one node by the balancer's cookie,
// and the two boards are taken on different nodes. Moves go both ways (node 1 -> node 2 and back).
// Prints the time from the tap to the other node's board showing the move: median and p95.
const { chromium } = require('playwright-core');

const front = process.argv[2];
const token = process.argv[3];
const moves = +(process.argv[4] || 20);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const stat = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)]} ms, p95 ${s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]} ms`;
};

let booked = 0;
const book = async () => {
  booked++;
  const response = await fetch(`${front}/api/v1/visits`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      customer: { name: `Cross ${booked}`, phone: `+35840${3000000 + booked}` },
      vehicle: { plate: `XN${process.pid % 1000}-${booked}`, make: 'Volvo', model: 'V60' },
      requestedWork: 'Service', bookedAt: new Date(Date.now() + 60000).toISOString(),
      promisedAt: new Date(Date.now() + 4 * 3600000).toISOString(),
    }),
  });
  if (response.status !== 201) throw new Error(`booking answered ${response.status}: ${await response.text()}`);
};

// A signed-in board on the given node (contexts are opened until the balancer puts one there).
const board = async (browser, person, node) => {
  for (let attempt = 0; attempt < 6; attempt++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await page.goto(front + '/login');
    const cookie = (await context.cookies()).find((c) => c.name === 'HUOLTOPOLKU_NODE');
    if (!cookie || cookie.value !== node) { await context.close(); continue; }
    await page.fill('vaadin-login-form input[name=username]', person);
    await page.fill('vaadin-login-form input[name=password]', 'demo-password');
    await page.click('vaadin-login-form vaadin-button[slot=submit]');
    await page.waitForURL((url) => !url.toString().includes('/login'));
    await page.goto(front + '/board');
    await page.waitForSelector('.visit-tile');
    return page;
  }
  throw new Error(`the balancer never chose ${node}`);
};

const move = async (mover, watcher) => {
  const tile = mover.locator(".visit-tile[data-stage='BOOKED']").first();
  const plate = await tile.getAttribute('data-plate');
  const start = Date.now();
  await tile.locator('.move-button').click();
  await watcher.waitForSelector(`.visit-tile[data-plate='${plate}'][data-stage='CHECKED_IN']`, { timeout: 30000 });
  return Date.now() - start;
};

(async () => {
  for (let i = 0; i < 2 * moves + 2; i++) await book();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'] });
  const one = await board(browser, 'aino', 'node1');
  const two = await board(browser, 'kari', 'node2');
  await sleep(1000);
  const there = [];
  const back = [];
  for (let i = 0; i < moves; i++) {
    there.push(await move(one, two));
    await sleep(300);
    back.push(await move(two, one));
    await sleep(300);
  }
  console.log(`a move on node 1 shown on node 2's board: ${stat(there)}; on node 2 shown on node 1's: ${stat(back)} ` +
    `(${moves} moves each way; budget 1000 ms)`);
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
