#!/usr/bin/env bash
# Runs every test: .NET unit + HTTP tests on SQLite and on a real PostgreSQL, architecture tests, and (when the web app
# exists) its unit and browser tests. Installs what is missing on a Debian machine (postgresql, chromium,
# fonts-noto-cjk), starts a throw-away PostgreSQL on 127.0.0.1, and prints one line "N passed, N failed".
# Exits non-zero on any failure. A missing PostgreSQL or Chromium is a failure, never a skip.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source etc/lib/prerequisites.sh

ensure_packages postgresql chromium fonts-noto-cjk poppler-utils
results=$(mktemp -d)
trap 'stop_postgres; dotnet build-server shutdown >/dev/null 2>&1 || true; rm -rf "$results"' EXIT
start_postgres || { echo "PostgreSQL did not start"; echo "0 passed, 1 failed"; exit 1; }
export TRAINING_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Pooling=true;Maximum Pool Size=40"

status=0
echo "== build"
if ! dotnet build Training.sln -c Release -p:UseSharedCompilation=true -nologo -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"; exit 1
fi

for project in test/Training.ArchTests test/Training.Tests; do
  echo "== $project"
  dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$(basename "$project").trx" \
    --results-directory "$results" || status=1
done

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done

if [ -f angular/package.json ]; then
  echo "== web"
  if bash etc/test-web.sh "$results/web.counts"; then :; else status=1; fi
  if [ -f "$results/web.counts" ]; then
    read -r wp wf < "$results/web.counts"; passed=$((passed + wp)); failed=$((failed + wf))
  fi
fi

# A module made from the template, following docs/adding-a-module.md (needs the web app's npm packages, installed above).
echo "== template"
if bash etc/test-template.sh "$results/template.counts"; then :; else status=1; fi
if [ -f "$results/template.counts" ]; then
  read -r tp tf < "$results/template.counts"; passed=$((passed + tp)); failed=$((failed + tf))
fi

# CI shows only the end of the output: name the failed .NET tests there, next to the count.
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | sed -n 's/.*testName="\([^"]*\)".*/  failed: \1/p'
done
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
