// A node killed under a user (bench/node-kill.sh): a board open through HAProxy on node 1; node 1
// is killed with kill -9; the same browser reloads until the balancer has sent it to node 2, which
// asks it to sign in again; it signs in and its board shows the cars again.
//   node node-kill.js FRONT NODE1_PID
const { chromium } = require('playwright-core');
const front = process.argv[2];
const node1 = +process.argv[3];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'] });
  let context; let page;
  for (let attempt = 0; attempt < 6; attempt++) {
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    await page.goto(front + '/login');
    if ((await context.cookies()).some((c) => c.name === 'HUOLTOPOLKU_NODE' && c.value === 'node1')) break;
    await context.close();
  }
  const signIn = async () => {
    await page.waitForSelector('vaadin-login-form');
    await page.fill('vaadin-login-form input[name=username]', 'kari');
    await page.fill('vaadin-login-form input[name=password]', 'demo-password');
    await page.click('vaadin-login-form vaadin-button[slot=submit]');
    await page.waitForURL((url) => !url.toString().includes('/login'));
    await page.goto(front + '/board');
    await page.waitForSelector('.visit-tile');
  };
  await signIn();
  const before = await page.locator('.visit-tile').count();
  await sleep(3000);
  process.kill(node1, 'SIGKILL');
  const killed = Date.now();
  let signInAgain = null;
  while (Date.now() - killed < 60000) {
    try {
      await page.goto(front + '/board', { timeout: 5000 });
      // Another node knows no session of this browser: its board asks for signing in.
      await page.waitForSelector('vaadin-login-form', { timeout: 5000 });
      signInAgain = Date.now() - killed;
      break;
    } catch (e) { /* not answered yet */ }
    await sleep(500);
  }
  if (signInAgain === null) throw new Error('no sign-in page within a minute of the kill');
  const node = (await context.cookies()).find((c) => c.name === 'HUOLTOPOLKU_NODE').value;
  await signIn();
  const after = await page.locator('.visit-tile').count();
  console.log(`a board on node 1, node 1 killed (kill -9): ${(signInAgain / 1000).toFixed(1)} s later the same ` +
    `browser got the sign-in page from ${node}; signed in again, its board showed ${after} cars (${before} before the kill)`);
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
