#!/usr/bin/env bash
# Audits the customer's survey page against its budget: under 60 KB transferred, Lighthouse (mobile)
# performance >= 95 and accessibility 100, in Debian's Chromium. Prints the scores and bytes, keeps
# the output in bench/survey-audit.txt, and exits non-zero when the page is over budget.
# Needs Debian's chromium (apt-get install -y chromium) and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${AUDIT_PORT:-18081}
JAR=target/huoltopolku.jar
[ -f "$JAR" ] || mvn -B -q -Pproduction -DskipTests package
if curl -sf -o /dev/null "http://localhost:$PORT/"; then
  echo "Port $PORT is already in use: stop what runs there or set AUDIT_PORT" >&2; exit 1
fi
(cd bench && npm install --silent --no-audit --no-fund >/dev/null)
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
HUOLTOPOLKU_DATA_DIR="$work/db" java -jar "$JAR" --micronaut.server.port=$PORT --huoltopolku.demo=true \
  --huoltopolku.public-url="http://localhost:$PORT" >"$work/app.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://localhost:$PORT/api/health"; do sleep 0.2; done

# A car ready for handover and its (new, unanswered) survey link, through the API with the demo
# integration's token (demo mode writes it to the log).
token=$(sed -nE 's/.*Demo API token \(manager\): (hp_[A-Za-z0-9_-]+).*/\1/p' "$work/app.log" | head -1)
visit=$(curl -sf -H "Authorization: Bearer $token" "http://localhost:$PORT/api/v1/visits?stage=READY&size=1" \
  | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')
url=$(curl -sf -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $token" -d '{}' \
  "http://localhost:$PORT/api/v1/visits/$visit/survey-invitations" | sed -E 's/.*"url":"([^"]+)".*/\1/')

CHROME_PATH=${CHROMIUM:-/usr/bin/chromium} bench/node_modules/.bin/lighthouse "$url" --quiet \
  --only-categories=performance,accessibility --form-factor=mobile --output=json --output-path="$work/report.json" \
  --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$work/chrome"

node -e '
const r = require(process.argv[1]);
const perf = Math.round(r.categories.performance.score * 100);
const a11y = Math.round(r.categories.accessibility.score * 100);
const bytes = r.audits["total-byte-weight"].numericValue;
const lcp = r.audits["largest-contentful-paint"].numericValue;
const ok = perf >= 95 && a11y === 100 && bytes < 60 * 1024;
console.log(`# Survey page audit, ${new Date().toISOString().slice(0, 16)}Z, Lighthouse ${r.lighthouseVersion} (mobile), ${r.environment.hostUserAgent.match(/Chrome\/[0-9.]+/)[0]}`);
console.log(`performance ${perf} (budget >= 95), accessibility ${a11y} (budget 100), transferred ${(bytes / 1024).toFixed(1)} KB (budget < 60 KB), LCP ${Math.round(lcp)} ms`);
const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && r.categories.accessibility.auditRefs.some(x => x.id === a.id));
failed.forEach(a => console.log(`accessibility: ${a.id}: ${a.title}`));
console.log(ok ? "WITHIN BUDGET" : "OVER BUDGET");
process.exit(ok ? 0 : 1);
' "$work/report.json" | tee bench/survey-audit.txt
