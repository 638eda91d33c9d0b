// What the browser benchmarks share: Chromium's options, statistics, the app's heap after a full GC,
// its request histograms from the metrics, and bookings over the API. Traffic goes to loopback only.
const { execFileSync } = require('child_process');

const chromiumOptions = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The value at quantile q of the numbers (nearest rank). */
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * q) - 1))];
};
const stat = (xs) => `median ${quantile(xs, 0.5)} ms, p95 ${quantile(xs, 0.95)} ms`;

/** The app's heap used after a full GC, in MiB (jcmd: the app runs on this machine). */
const heap = (pid) => {
  execFileSync('jcmd', [String(pid), 'GC.run']);
  const info = execFileSync('jcmd', [String(pid), 'GC.heap_info']).toString();
  return +(/used (\d+)K/.exec(info)[1]) / 1024;
};
/** The least of three readings 5 s apart: a background job caught at work holds its rows through one GC, not three. */
const settledHeap = async (pid) => {
  const readings = [];
  for (let i = 0; i < 3; i++) { readings.push(heap(pid)); if (i < 2) await sleep(5000); }
  return Math.min(...readings);
};
const mib = (x) => `${x.toFixed(1)} MiB`;

const metrics = async (base, token) =>
  (await fetch(`${base}/api/prometheus`, { headers: { Authorization: `Bearer ${token}` } })).text();

/**
 * The server's request histogram (huoltopolku_requests_seconds) for the routes asked, every outcome
 * summed: the count at or under each bucket bound; two scrapes give the requests between them.
 */
const buckets = async (base, token, routes) => {
  const result = new Map();
  for (const line of (await metrics(base, token)).split('\n')) {
    const m = /^huoltopolku_requests_seconds_bucket\{([^}]*)\} (\S+)/.exec(line);
    if (!m) continue;
    const route = /route="([^"]+)"/.exec(m[1])[1];
    if (!routes.includes(route)) continue;
    const le = /le="([^"]+)"/.exec(m[1])[1];
    result.set(le, (result.get(le) || 0) + +m[2]);
  }
  return result;
};
/** Requests answered 5xx so far, every route. */
const serverErrors = async (base, token) => {
  let count = 0;
  for (const line of (await metrics(base, token)).split('\n')) {
    const m = /^huoltopolku_requests_seconds_count\{([^}]*)\} (\S+)/.exec(line);
    if (m && /outcome="5xx"/.test(m[1])) count += +m[2];
  }
  return count;
};
/** Percentiles of the requests between two scrapes, as the histogram can tell them: "≤ bucket bound". */
const serverPercentiles = (before, after) => {
  const bounds = [...after.keys()].filter((le) => le !== '+Inf').sort((a, b) => +a - +b);
  const total = (after.get('+Inf') || 0) - (before.get('+Inf') || 0);
  const at = (q) => {
    const le = bounds.find((b) => after.get(b) - (before.get(b) || 0) >= q * total);
    return le === undefined ? 'over 10 s' : `≤ ${Math.round(+le * 1000)} ms`;
  };
  return { total, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
};

/** Books a car over the API (booked a minute from now); answers the visit's JSON. */
let booked = 0;
const book = async (base, token, prefix) => {
  booked++;
  const response = await fetch(`${base}/api/v1/visits`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      customer: { name: `${prefix} ${booked}`, phone: `+35840${2000000 + (process.pid % 1000) * 1000 + booked}` },
      vehicle: { plate: `${prefix}${process.pid % 1000}-${booked}`, make: 'Skoda', model: 'Octavia' },
      requestedWork: 'Service', bookedAt: new Date(Date.now() + 60000).toISOString(),
      promisedAt: new Date(Date.now() + 4 * 3600000).toISOString(),
    }),
  });
  if (response.status !== 201) throw new Error(`booking answered ${response.status}: ${await response.text()}`);
  return response.json();
};

module.exports = {
  chromiumOptions, sleep, quantile, stat, heap, settledHeap, mib, metrics, buckets, serverErrors,
  serverPercentiles, book,
};
