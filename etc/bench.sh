#!/usr/bin/env bash
# Benchmark scenarios. The last line printed is "<scenario>: <value> <unit>".
#   etc/bench.sh staff-list     p99 latency of the staff list at province scale (100 halls, 40,000 staff, SQLite)
#   etc/bench.sh exam-submit    a 2,000-taker sitting of one 50-question exam, time-compressed to 60 s (SQLite)
#   etc/bench.sh punch-import   a city's year of fingerprint punches (1,000 people × 250 working days × 2 sessions × in/out =
#                               1,000,000 attlog lines from 4 clocks) imported through the import job's code, daily results
#                               computed; also the raw insert rate it is compared with (SQLite, fresh database each run).
#                               PUNCH_BENCH_ARGS="100 40000" makes it a province (100 halls, 40,000 people: 40 million punches).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source etc/lib/prerequisites.sh
scenario=${1:?usage: etc/bench.sh staff-list|exam-submit|punch-import}

ensure_packages wrk python3
out=artifacts/bench
echo "Building ..."
dotnet build bench/Training.Bench -c Release -o "$out" -nologo -clp:ErrorsOnly -p:UseSharedCompilation=true >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true

# Generated data is kept between runs, per schema and generator: a new migration (or a generator change, such as its
# passwords) makes new files instead of failing on old ones.
schema=$(cat aspnet-core/src/Training.Migrations.Sqlite/Migrations/*.cs bench/Training.Bench/ProvinceGenerator.cs \
  bench/Training.Bench/ExamGenerator.cs | sha256sum | cut -c1-8)

host_pid=""
cleanup() { [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

# start_host DB_FILE: the portal on a free port against a prepared SQLite file; sets BASE.
start_host() {
  local port; port=$(free_port)
  BASE="http://127.0.0.1:$port"
  # DOTNET_TC_CallCountingDelayMs=0: hot methods reach optimised code seconds after start instead of tens of
  # seconds (the runtime otherwise waits while start-up JIT activity goes on); etc/run.sh and deployments set it too.
  (cd "$out" && DOTNET_TC_CallCountingDelayMs=0 ASPNETCORE_URLS=$BASE ConnectionStrings__Default="Data Source=$1" Database__SeedDemoData=false \
     Serilog__MinimumLevel__Default=Warning Hangfire__Server=false exec dotnet Training.HttpApi.Host.dll) >"$root/artifacts/bench-host.log" 2>&1 &
  host_pid=$!
  # /health/live answers once the host listens, which is after migrating (/health/ready is closed in Production).
  for _ in $(seq 1 120); do curl -sf "$BASE/health/live" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "the host did not become ready; see artifacts/bench-host.log" >&2; return 1
}

# login USER PASSWORD: signs in with curl; prints the Cookie header value for wrk.
login() {
  local jar; jar=$(mktemp)
  curl -sf -c "$jar" -b "$jar" "$BASE/api/account/antiforgery" -o /dev/null
  local xsrf; xsrf=$(awk '$6=="XSRF-TOKEN"{print $7}' "$jar")
  curl -sf -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
    -d "{\"userName\":\"$1\",\"password\":\"$2\"}" "$BASE/api/account/login" -o /dev/null
  awk '$6 ~ /^\.Training\./ {printf "%s=%s; ", $6, $7}' "$jar"
  rm -f "$jar"
}

# p99 of a wrk --latency report, in milliseconds.
p99_ms() { awk '$1=="99%" { v=$2; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 }; printf "%.1f", v }'; }

case "$scenario" in
  staff-list)
    data="$root/bench/.data/province-100x40000-$schema.db"
    if [ ! -f "$data" ]; then
      mkdir -p "$(dirname "$data")"
      (cd "$out" && dotnet Training.Bench.dll generate "$data.tmp" 100 40000) && mv "$data.tmp" "$data"
      rm -f "$data.tmp-wal" "$data.tmp-shm"
    fi
    start_host "$data"
    cookie=$(login admin Bench@2026-admin)
    # a unit in the middle of the province, and the surname of one of its people as the name fragment
    unit=$(curl -sf -H "Cookie: $cookie" "$BASE/api/organization/units" | python3 -c 'import json,sys; u=json.load(sys.stdin); print(u[len(u)//2]["id"])')
    fragment=$(curl -sf -H "Cookie: $cookie" "$BASE/api/organization/staff?unitId=$unit&maxResultCount=1" \
      | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["items"][0]["name"][0]))')
    url="$BASE/api/organization/staff?filter=$fragment&unitId=$unit&sorting=staffNumber%20asc&skipCount=0&maxResultCount=20"
    rows=$(curl -sf -H "Cookie: $cookie" "$url" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["totalCount"], len(r["items"]))')
    echo "Query: unit $unit, name fragment $fragment → totalCount, items on the page: $rows"
    wrk -t2 -c50 -d5s -H "Cookie: $cookie" "$url" >/dev/null
    report=$(wrk -t2 -c50 -d30s --latency -H "Cookie: $cookie" "$url")
    echo "$report"
    echo "$report" | grep -q "Non-2xx" && { echo "the benchmark got error responses" >&2; exit 1; }
    echo "staff-list: $(echo "$report" | p99_ms) ms"
    ;;
  exam-submit)
    data="$root/bench/.data/exam-2000x50-$schema.db"
    if [ ! -f "$data" ]; then
      mkdir -p "$(dirname "$data")"
      (cd "$out" && dotnet Training.Bench.dll generate-exam "$data.tmp" 2000 50) && mv "$data.tmp" "$data"
      rm -f "$data.tmp-wal" "$data.tmp-shm"
    fi
    run="$root/artifacts/exam-run.db"; rm -f "$run" "$run-wal" "$run-shm"; cp "$data" "$run"   # every run on the same starting data
    export Identity__PasswordHasher__IterationCount=10000   # as the generator hashed the takers' passwords
    export Identity__LoginRateLimitPerMinute=100000        # 2,000 takers sign in from one address here
    export Audit__AnonymousRateLimitPerMinute=100000       # (each sign-in is an anonymous request the audit log records)
    start_host "$run"
    (cd "$out" && dotnet Training.Bench.dll exam-submit "$BASE" 2000 60)
    ;;
  punch-import)
    run="$root/artifacts/punch-import/punch.db"
    rm -rf "$(dirname "$run")"; mkdir -p "$(dirname "$run")"   # a fresh database and fresh files every run
    # shellcheck disable=SC2086 # PUNCH_BENCH_ARGS is a list of numbers
    (cd "$out" && DOTNET_TC_CallCountingDelayMs=0 dotnet Training.Bench.dll punch-import "$run" ${PUNCH_BENCH_ARGS:-})
    ;;
  *) echo "unknown scenario: $scenario" >&2; exit 2 ;;
esac
