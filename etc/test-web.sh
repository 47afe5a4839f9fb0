#!/usr/bin/env bash
# The web app's tests: the generated client and the OpenAPI linters, Vitest unit tests, @playwright/test browser tests
# and Lighthouse in Debian's Chromium against the real host (fresh SQLite file, demo data). Writes "PASSED FAILED" (all of them) to COUNTS_FILE; exits non-zero on any
# failure. Called by etc/test.sh:  bash etc/test-web.sh "$results/web.counts"
set -euo pipefail
if [ $# -ne 1 ]; then echo "usage: etc/test-web.sh COUNTS_FILE" >&2; exit 2; fi
counts=$1
case "$counts" in /*) ;; *) counts="$(pwd)/$counts" ;; esac
cd "$(dirname "$0")/.."
root=$(pwd)
web="$root/angular"
host_src=aspnet-core/src/Training.HttpApi.Host
host_out="$root/artifacts/host"
export NO_COLOR=1 FORCE_COLOR=0 CI=1
mkdir -p "$(dirname "$counts")"
passed=0; failed=0; status=0
write_counts() { echo "$passed $failed" > "$counts"; }
write_counts
fail() { echo "test-web: $*" >&2; failed=$((failed + 1)); status=1; }

# 1. A CJK font must be installed, or the browser draws Chinese as boxes.
if [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  echo "test-web: no CJK font (fc-list :lang=zh is empty); install fonts-noto-cjk" >&2
  failed=1; write_counts; exit 1
fi
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then echo "test-web: Chromium not found at $chromium" >&2; failed=1; write_counts; exit 1; fi
export CHROMIUM_PATH="$chromium"

# 2. npm packages (same stamp as etc/build-web.sh).
lock_hash=$(sha256sum "$web/package-lock.json" "$web/package.json" | sha256sum | cut -c1-64)
if [ ! -d "$web/node_modules" ] || [ "$(cat "$web/node_modules/.install-stamp" 2>/dev/null)" != "$lock_hash" ]; then
  echo "Installing npm packages for the web app ..."
  (cd "$web" && timeout 900 npm install --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" > "$web/node_modules/.install-stamp"
fi

# 3. The committed client under src/app/proxy is what the generator makes from openapi/v1.json.
echo "== web: generated API client is up to date"
gen_tmp=$(mktemp -d)
trap 'rm -rf "$gen_tmp"' EXIT
(cd "$web" && npx --no-install ng-openapi-gen --config ng-openapi-gen.json --output "$gen_tmp/proxy" >/dev/null)
if diff -r "$web/src/app/proxy" "$gen_tmp/proxy" >"$gen_tmp/proxy.diff"; then
  passed=$((passed + 1)); echo "  ok"
else
  head -40 "$gen_tmp/proxy.diff" >&2
  fail "src/app/proxy differs from what 'npm run gen:api' makes from openapi/v1.json; run it and commit the result"
fi

# 3b. The API description (openapi/v1.json) tells clients the limits and security the server enforces: Spectral (the
# OWASP API Security ruleset and our input-limit rules) and Redocly (recommended), offline, one test each. Errors fail;
# the waivers, each with its reason, are in angular/openapi/.spectral.yaml and redocly.yaml.
echo "== web: API description linters"
for linter in spectral redocly; do
  if (cd "$web" && timeout 300 bash scripts/lint-openapi.sh "$linter"); then passed=$((passed + 1))
  else fail "openapi/v1.json has $linter errors (angular/scripts/lint-openapi.sh $linter)"; fi
done
write_counts

# 4. Vitest unit tests.
echo "== web: unit tests (Vitest)"
unit_log="$gen_tmp/unit.log"
set +e
(cd "$web" && timeout 600 npx --no-install ng test --watch=false) >"$unit_log" 2>&1
unit_rc=$?
set -e
sed -n '/RUN/,$p' "$unit_log" | grep -E "✓|✗|×|FAIL|Tests|Test Files|Error" | head -60 || true
unit_line=$(grep -E "^\s*Tests\s" "$unit_log" | tail -1 || true)
up=$(echo "$unit_line" | grep -oE "[0-9]+ passed" | grep -oE "[0-9]+" || echo 0)
uf=$(echo "$unit_line" | grep -oE "[0-9]+ failed" | grep -oE "[0-9]+" || echo 0)
passed=$((passed + ${up:-0})); failed=$((failed + ${uf:-0}))
if [ $unit_rc -ne 0 ]; then
  [ "${uf:-0}" -gt 0 ] || { tail -40 "$unit_log" >&2; failed=$((failed + 1)); }
  status=1; echo "test-web: unit tests failed" >&2
fi
write_counts

# 5. The host (built when missing or when its sources changed) and the web app in its wwwroot.
echo "== web: building the host and the web app"
bash etc/build-web.sh "$host_src/wwwroot"
dll="$host_out/Training.HttpApi.Host.dll"
changed_sources() {
  find aspnet-core Directory.Build.props Directory.Packages.props common.props global.json \
    \( -path '*/bin' -o -path '*/obj' -o -path '*/wwwroot' -o -path '*/App_Data' \) -prune -o -type f \
    \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' -o -name 'appsettings*.json' -o -name '*.resx' -o -name global.json \) \
    -newer "$dll" -print -quit
}
if [ ! -f "$dll" ] || [ -n "$(changed_sources)" ]; then
  echo "Building the host ..." 
  timeout 900 dotnet build "$host_src" -c Release -o "$host_out" -nologo -clp:ErrorsOnly -p:UseSharedCompilation=true >/dev/null
fi
# etc/build-web.sh keeps artifacts/host/wwwroot (what the built host serves) in step with the project's wwwroot.
bash etc/build-web.sh "$host_src/wwwroot" >/dev/null
[ -f "$host_out/wwwroot/index.html" ] || { fail "artifacts/host/wwwroot has no index.html"; write_counts; exit 1; }

# 6. Start the host on a free port with a fresh database and demo data.
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')
db="$gen_tmp/web-e2e.db"
host_log="$web/test-results/host.log"
mkdir -p "$web/test-results"
(cd "$host_out" && ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__Default="Data Source=$db" Database__Provider=Sqlite Database__SeedDemoData=true \
  Identity__LoginRateLimitPerMinute=1000 Bulletins__Testing__RowDelayMilliseconds=300 Bulletins__Testing__AllowOpenPeriods=true \
  exec dotnet Training.HttpApi.Host.dll) >"$host_log" 2>&1 &
host_pid=$!
trap 'kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; rm -rf "$gen_tmp"' EXIT
for _ in $(seq 1 120); do
  # /health/live: the host listens only once migrated and seeded; /health/ready is closed in Production.
  if curl -fs "http://127.0.0.1:$port/health/live" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$host_pid" 2>/dev/null; then tail -40 "$host_log" >&2; fail "the host did not start"; write_counts; exit 1; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$port/health/live" >/dev/null || { tail -40 "$host_log" >&2; fail "the host is not ready"; write_counts; exit 1; }
curl -fs "http://127.0.0.1:$port/organization/staff" | grep -q '<app-root' || fail "the host does not serve the web app (SPA fallback)"

# 6b. How the web app is served: precompressed by Accept-Encoding, hashed files cached for good, index.html revalidated.
echo "== web: served precompressed, with cache headers"
base="http://127.0.0.1:$port"
main_js=$(grep -o 'main-[A-Z0-9]*\.js' "$host_out/wwwroot/index.html" | head -1)
check_headers() { # NAME URL ACCEPT-ENCODING EXPECTED-HEADER-REGEX...
  local name=$1 url=$2 ae=$3; shift 3
  local headers; headers=$(curl -fsS -o /dev/null -D - -H "Accept-Encoding: $ae" "$url" | tr -d '\r' | tr 'A-Z' 'a-z')
  for want in "$@"; do
    if ! grep -qE "$want" <<<"$headers"; then fail "$name: no header matching '$want' in: $(tr '\n' ' ' <<<"$headers")"; return; fi
  done
  passed=$((passed + 1)); echo "  ok $name"
}
check_headers "main script in Brotli" "$base/$main_js" "gzip, deflate, br" '^content-encoding: br$' '^vary: accept-encoding$' \
  '^cache-control: public, max-age=31536000, immutable$' '^content-type: text/javascript'
check_headers "main script in gzip without br" "$base/$main_js" "gzip" '^content-encoding: gzip$' '^vary: accept-encoding$'
check_headers "main script plain without Accept-Encoding" "$base/$main_js" "identity" '^vary: accept-encoding$' '^content-length: [0-9]+$'
if curl -fsS -D - -o /dev/null -H "Accept-Encoding: identity" "$base/$main_js" | tr 'A-Z' 'a-z' | grep -q '^content-encoding'; then
  fail "main script: a Content-Encoding although the client accepts none"; fi
check_headers "SPA fallback: index.html compressed, no-cache" "$base/organization/staff" "br" '^content-encoding: br$' '^cache-control: no-cache$' '^content-type: text/html'
check_headers "index.html: no-cache" "$base/" "gzip" '^content-encoding: gzip$' '^cache-control: no-cache$'
check_headers "index.html: security headers" "$base/" "gzip" "^content-security-policy: default-src 'self'; script-src 'self';" \
  '^x-content-type-options: nosniff$' '^x-frame-options: deny$' '^referrer-policy: strict-origin-when-cross-origin$'
check_headers "main script: nosniff" "$base/$main_js" "br" '^x-content-type-options: nosniff$'
write_counts

# The committed OpenAPI document and permission constants are checked against the server by the .NET suite
# (test/Training.Tests/Http/GeneratedClientTests.cs), which fails on any difference.

# 7. Browser tests.
echo "== web: browser tests (Playwright, $chromium)"
rm -rf "$web/test-results/playwright" "$web/test-results/screenshots" "$web/test-results/playwright.json"
set +e
(cd "$web" && BASE_URL="http://127.0.0.1:$port" timeout 900 npx --no-install playwright test)
e2e_rc=$?
set -e
read -r ep ef < <(node -e '
const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).stats;
console.log(s.expected ?? 0, (s.unexpected ?? 0) + (s.flaky ?? 0));' "$web/test-results/playwright.json" 2>/dev/null || echo "0 1")
passed=$((passed + ep)); failed=$((failed + ef))
if [ $e2e_rc -ne 0 ]; then
  [ "$ef" -gt 0 ] || failed=$((failed + 1))
  status=1; echo "test-web: browser tests failed (host log: angular/test-results/host.log)" >&2
fi
write_counts

# 8. Lighthouse (desktop preset, Debian's Chromium, a fresh browser per run, the median of 3 runs per page) on the sign-in page, the staff list (admin)
# and my courses (S0004): each page x category is a test (performance >= 90, accessibility and best practices >= 95).
# The JSON reports go beside the counts file.
echo "== web: Lighthouse"
lh_dir="$(dirname "$counts")/lighthouse"
rm -rf "$lh_dir"; mkdir -p "$lh_dir"
set +e
(cd "$web" && BASE_URL="http://127.0.0.1:$port" CHROMIUM_PATH="$chromium" timeout 900 node scripts/lighthouse.mjs "$lh_dir")
lh_rc=$?
set -e
read -r lp lf < <(node -e '
const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
console.log(s.passed ?? 0, s.failed ?? 0);' "$lh_dir/lighthouse-summary.json" 2>/dev/null || echo "0 1")
passed=$((passed + lp)); failed=$((failed + lf))
if [ $lh_rc -ne 0 ]; then
  [ "$lf" -gt 0 ] || failed=$((failed + 1))
  status=1; echo "test-web: Lighthouse below the minimum (reports in $lh_dir)" >&2
fi
write_counts
echo "web: $passed passed, $failed failed (screenshots in angular/test-results/screenshots, Lighthouse reports in $lh_dir)"
exit $status
