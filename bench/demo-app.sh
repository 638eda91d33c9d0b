# Sourced by the browser benchmarks (live-updates.sh, load.sh): the fat jar with demo data on
# loopback, -Xmx1g, and the browsers' npm packages.
#   demo_app PORT [more app options...]   sets pid (the app), work (its folder, removed at exit) and
#                                         token (the demo's manager API token); APP_JVM_OPTS adds JVM options
JAR=${JAR:-target/huoltopolku.jar}
demo_app() {
  local port=$1; shift
  # The fat jar and its archive (mvn verify leaves a thin jar of the same name: build again then).
  if ! { [ -f "$JAR" ] && [ -f target/huoltopolku.jsa ] && unzip -p "$JAR" META-INF/MANIFEST.MF | grep -q Main-Class; }; then
    mvn -B -q -Pproduction -DskipTests package
  fi
  (cd bench && npm install --silent --no-audit --no-fund >/dev/null)
  work=$(mktemp -d)
  pid=""
  trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
  # shellcheck disable=SC2086
  HUOLTOPOLKU_DATA_DIR="$work/data" java -Xmx1g ${APP_JVM_OPTS:-} @config/jvm.options -jar "$JAR" --micronaut.server.port="$port" \
    --huoltopolku.demo=true "$@" >"$work/app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.2; done
  token=$(grep -o 'Demo API token (manager): hp_[A-Za-z0-9_-]*' "$work/app.log" | sed 's/.*: //')
}
