// What the browser benchmarks share: Chromium's options, statistics, the app's heap after a full GC,
// its request histograms from the metrics, and bookings over the API. Traffic goes to loopback only.
const { execFileSync } = require('child_process');
const fs = require('fs');

const chromiumOptions = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
};

/**
 * Chromium on the processor time the app leaves. Playwright starts the browser in a session of its
 * own, and Linux (autogroup) first shares the processors fairly between sessions, so a browser's
 * SCHED_IDLE (bench/load.sh's chrt) only ranked it below its own session's tasks: 50 pages still took
 * half of the 2 cores from the app whenever both wanted them (the app's threads waited over 100 s in
 * the run queue during a 25-s phase). The browser's session group is given the lowest weight (nice 19:
 * about 1.5 % against the app's 98.5 % when both want the processors); it still has all the time the
 * app leaves. Without autogroup (the file absent) nothing changes.
 */
const yieldToApp = (pid) => {
  try {
    fs.writeFileSync(`/proc/${pid}/autogroup`, '19');
  } catch (e) {
    if (e.code === 'ENOENT') return; // not a browser: the ps that listed it, already gone
    console.error(`# browser ${pid}: its session group's priority was not lowered (${e.code || e.message})`);
  }
};
/** A headless Chromium (Playwright's Browser) behind the app: see yieldToApp. */
const launch = async (chromium) => {
  const browser = await chromium.launch(chromiumOptions);
  // Playwright starts the browser as a child of this process (its own session: one group for all
  // its processes); a Browser does not tell its process id, so every child session is lowered.
  const children = execFileSync('ps', ['--ppid', String(process.pid), '-o', 'pid=']).toString().trim().split(/\s+/);
  for (const child of children.filter(Boolean)) yieldToApp(child);
  return browser;
};

/**
 * The app's threads' processor time and their time waiting in the run queue (ready to run, no
 * processor free), from Linux's /proc/PID/task/TID/schedstat, in ms per thread id. Two readings
 * give what happened between them (cpuBetween): a tail of server times with little processor time
 * but a long wait is the machine's other work crowding the app out, not the app being slow.
 */
const schedReading = (pid) => {
  const byThread = new Map();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const [run, wait] = fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
      byThread.set(tid, { run: run / 1e6, wait: wait / 1e6 });
    } catch (e) { /* the thread ended meanwhile */ }
  }
  return byThread;
};
/** Processor time and run-queue wait between two readings, over the threads alive at both. */
const cpuBetween = (before, after) => {
  let run = 0;
  let wait = 0;
  for (const [tid, a] of after) {
    const b = before.get(tid);
    if (b) { run += a.run - b.run; wait += a.wait - b.wait; }
  }
  return { run: Math.round(run), wait: Math.round(wait) };
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The value at quantile q of the numbers (nearest rank). */
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * q) - 1))];
};
const stat = (xs) => `median ${quantile(xs, 0.5)} ms, p95 ${quantile(xs, 0.95)} ms`;

/**
 * The app's heap after a full GC, in MiB: the live objects, as the class histogram counts them (jcmd
 * GC.class_histogram runs the full GC itself; the app runs on this machine). The collector's own
 * "used" figure (GC.heap_info) also counts the allocation buffers it has handed to threads since
 * the GC: on an idle app 2.1 MiB above the live objects, more with many threads at work, so with 50
 * busy screens it put tens of kB per screen that no screen holds.
 */
let lastHistogram = '';
const heap = (pid) => {
  lastHistogram = execFileSync('jcmd', [String(pid), 'GC.class_histogram'], { maxBuffer: 64 << 20 }).toString();
  return +(/^Total\s+\d+\s+(\d+)/m.exec(lastHistogram)[1]) / (1024 * 1024);
};
/**
 * The least of three readings 5 s apart: a background job caught at work holds its rows through one GC, not three.
 * With HEAP_HISTOGRAMS=folder, that reading's class histogram is kept there as LABEL.txt, to compare
 * what two readings held (bench/histogram-diff.py).
 */
const settledHeap = async (pid, label) => {
  let least = Infinity;
  let histogram = '';
  for (let i = 0; i < 3; i++) {
    const reading = heap(pid);
    if (reading < least) { least = reading; histogram = lastHistogram; }
    if (i < 2) await sleep(5000);
  }
  if (label && process.env.HEAP_HISTOGRAMS) fs.writeFileSync(`${process.env.HEAP_HISTOGRAMS}/${label}.txt`, histogram);
  return least;
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

/**
 * A car checked in over the API with the check-in's mandatory answers, so that the next move (into
 * work) is one tap on a board or a tablet; answers the visit's JSON.
 */
const checkedIn = async (base, token, prefix) => {
  const visit = await book(base, token, prefix);
  const api = (path, init = {}) => fetch(`${base}/api/v1${path}`, {
    ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  });
  let response = await api(`/visits/${visit.id}/transitions`, { method: 'POST', body: JSON.stringify({ to: 'CHECKED_IN' }) });
  if (response.status !== 200) throw new Error(`check-in answered ${response.status}: ${await response.text()}`);
  const items = await (await api(`/visits/${visit.id}/checks`)).json();
  for (const item of items.filter((i) => i.stage === 'CHECKED_IN' && i.mandatory)) {
    response = await api(`/visits/${visit.id}/checks/${item.code}`, { method: 'PUT', body: JSON.stringify({ answer: 'YES' }) });
    if (response.status !== 200) throw new Error(`an answer answered ${response.status}: ${await response.text()}`);
  }
  return visit;
};

module.exports = {
  chromiumOptions, launch, schedReading, cpuBetween, sleep, quantile, stat, heap, settledHeap, mib, metrics, buckets, serverErrors,
  serverPercentiles, book, checkedIn,
};
