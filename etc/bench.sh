#!/usr/bin/env bash
# Benchmark scenarios. The last line printed is "<scenario>: <value> <unit>".
#   etc/bench.sh staff-list     p99 latency of the staff list at province scale (100 halls, 40,000 staff, SQLite)
#   etc/bench.sh exam-submit    a 2,000-taker sitting of one 50-question exam, time-compressed to 60 s (SQLite)
#   etc/bench.sh punch-import   a city's year of fingerprint punches (1,000 people × 250 working days × 2 sessions × in/out =
#                               1,000,000 attlog lines from 4 clocks) imported through the import job's code, daily results
#                               computed; also the raw insert rate it is compared with (SQLite, fresh database each run).
#                               PUNCH_BENCH_ARGS="100 40000" makes it a province (100 halls, 40,000 people: 40 million punches).
#   etc/bench.sh rating-ingest  8 rating pads of one hall of a generated city (10 halls, 900 people) post batches of 500
#                               ratings concurrently for 30 s (no staff numbers: the person is looked up by window and
#                               instant; 2% bad, each opening its case; 1% resent), every answer checked, then single
#                               ratings at 200 requests/s for 30 s after 5 s of the same (p99). SQLite, the same starting data every run; the
#                               rows are counted in the database afterwards. RATING_BENCH_SECONDS changes the 30 s.
#   etc/bench.sh supervision-ledger  a city's year of supervision (10 halls, 900 people, 20,000 findings, 5,000 ledger items;
#                               generated once into bench/.data) on SQLite: 20 connections (wrk -c20) alternate the first
#                               hall's ledger board as its manager (page 1, default sort, hall filter) and a unit's
#                               findings page as its lead, 5 s of warm-up then 30 s measured; fails on non-2xx (p99).
#   etc/bench.sh unresolved-cases  a city's year of 办不成事 (10 halls, 900 people, 3,000 cases with their steps, deadlines and
#                               transfers, half at the first hall; generated once into bench/.data) on SQLite: 20
#                               connections (wrk -c20) alternate the first hall's guide workbench as its guide on duty and
#                               a department liaison's inbox (open transfers, page 1), 5 s of warm-up then 30 s measured;
#                               fails on non-2xx (p99).
#   etc/bench.sh contest-judging a contest's judged round on SQLite (500 entrants, 40 judges, 4 criteria, 8 judges an entrant =
#                               4,000 sheets, 16,000 criterion scores; generated once into bench/.data): 200 signed-in viewers
#                               hold the leaderboard's event stream open while the 40 judges submit closed-loop; the viewers
#                               time each post to the row that includes it (a C# driver: wrk reads no event streams).
#                               Prints p99 of the posts and of the delay; last line "contest-judging: <p99 of post> ms".
#                               CONTEST_BENCH_TIMELINE=1 also prints the posts' p50/p99 per 200 ms of sending.
#   etc/bench.sh bulletin-pdf   a province's ranking (40,000 generated rows: rank, name, unit, score, remarks mixing Chinese,
#                               Latin and digits), 40 rows a page = 1,000 pages, rendered cold through Training.Documents (new
#                               builder and renderer, layout pass included) into one PDF file under artifacts/bulletin-pdf/;
#                               fonts loaded before the timing (the derived font is cached on disk: its load time is printed).
#                               Also the same rows as plain pages with raw SkiaSharp calls (same font file, SKShaper) for the
#                               ratio; prints seconds, pages, size, peak working set. No database.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source etc/lib/prerequisites.sh
scenario=${1:?usage: etc/bench.sh staff-list|exam-submit|punch-import|rating-ingest|supervision-ledger|unresolved-cases|contest-judging|bulletin-pdf}

ensure_packages wrk python3
out=artifacts/bench
echo "Building ..."
dotnet build bench/Training.Bench -c Release -o "$out" -nologo -clp:ErrorsOnly -p:UseSharedCompilation=true >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true

# Generated data is kept between runs, per schema and generator: a new migration (or a generator change, such as its
# passwords) makes new files instead of failing on old ones.
schema=$(cat aspnet-core/src/Training.Migrations.Sqlite/Migrations/*.cs bench/Training.Bench/ProvinceGenerator.cs \
  bench/Training.Bench/ExamGenerator.cs bench/Training.Bench/RatingsGenerator.cs bench/Training.Bench/SupervisionGenerator.cs \
  bench/Training.Bench/UnresolvedGenerator.cs bench/Training.Bench/ContestGenerator.cs | sha256sum | cut -c1-8)

host_pid=""
cleanup() { [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

# start_host DB_FILE: the portal on a free port against a prepared SQLite file; sets BASE.
start_host() {
  local port; port=$(free_port)
  BASE="http://127.0.0.1:$port"
  # What earlier work (the test run, the previous scenario, the copy of the data) left for the disk to write is written
  # now, not by the kernel's background writeback during the timing, where a checkpoint's fsync would queue behind it.
  sync
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

# wrk_alternating NAME PATH_A COOKIE_A PATH_B COOKIE_B: two people's pages in turn, each with its own session, 20
# connections (5 s of warm-up, then 30 s measured); prints the report and last "NAME: <p99> ms". The requests are
# formatted in init: wrk adds the Host header to wrk.headers only then (without it Kestrel answers 400).
wrk_alternating() {
  local name=$1 script="$root/artifacts/$1.lua"
  cat >"$script" <<LUA
local requests
init = function(args)
  requests = {
    wrk.format("GET", "$2", { ["Cookie"] = "$3" }),
    wrk.format("GET", "$4", { ["Cookie"] = "$5" }),
  }
end
local n = 0
request = function()
  n = n + 1
  return requests[n % 2 + 1]
end
LUA
  wrk -t2 -c20 -d5s -s "$script" "$BASE" >/dev/null
  local report; report=$(wrk -t2 -c20 -d30s --latency -s "$script" "$BASE")
  echo "$report"
  echo "$report" | grep -q "Non-2xx" && { echo "the benchmark got error responses" >&2; exit 1; }
  echo "$name: $(echo "$report" | p99_ms) ms"
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
  rating-ingest)
    data="$root/bench/.data/ratings-city-$schema.db"
    if [ ! -f "$data" ]; then
      mkdir -p "$(dirname "$data")"
      (cd "$out" && dotnet Training.Bench.dll generate-ratings "$data.tmp" 10 900 0 8) && mv "$data.tmp" "$data" && mv "$data.tmp.pads.json" "$data.pads.json"
      rm -f "$data.tmp-wal" "$data.tmp-shm"
    fi
    run="$root/artifacts/ratings-run.db"; rm -f "$run" "$run-wal" "$run-shm"; cp "$data" "$run"   # every run on the same starting data
    export Ratings__DevicePushPerMinute=1000000   # eight pads sending as fast as they are answered, far above a real pad
    start_host "$run"
    status=0
    (cd "$out" && dotnet Training.Bench.dll rating-ingest "$BASE" "$data.pads.json" "${RATING_BENCH_SECONDS:-30}") | tee "$root/artifacts/rating-ingest.txt" || status=1
    cleanup; host_pid=""
    python3 - "$run" <<'PY' || status=1
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ratings, distinct, bad, cases = db.execute('SELECT COUNT(*), COUNT(DISTINCT "SourceKey" || \'/\' || "EventId"), SUM("Level" >= 4), '
    '(SELECT COUNT(*) FROM "Ratings_Cases") FROM "Ratings_Ratings"').fetchone()
print(f"In the database: {ratings} ratings ({distinct} distinct events), {bad} bad, {cases} cases")
sys.exit(0 if ratings == distinct and bad == cases else 1)
PY
    tail -n 1 "$root/artifacts/rating-ingest.txt"
    exit $status
    ;;
  contest-judging)
    data="$root/bench/.data/contest-500x40-$schema.db"
    if [ ! -f "$data" ]; then
      mkdir -p "$(dirname "$data")"
      (cd "$out" && dotnet Training.Bench.dll generate-contest "$data.tmp" 500 40 4 8) && mv "$data.tmp" "$data" && mv "$data.tmp.contest.json" "$data.contest.json"
      rm -f "$data.tmp-wal" "$data.tmp-shm"
    fi
    run="$root/artifacts/contest-run.db"; rm -f "$run" "$run-wal" "$run-shm"; cp "$data" "$run"   # every run from no sheets
    export Identity__PasswordHasher__IterationCount=10000   # as the generator hashed the bench accounts' password
    export Identity__LoginRateLimitPerMinute=100000        # 240 people sign in from one address here
    export Audit__AnonymousRateLimitPerMinute=100000
    start_host "$run"
    # The driver's code is compiled optimised at once (DOTNET_TieredCompilation=0): with tiering, its background
    # recompilation started mid-run and held the driver's own threads for ~120 ms (`perf record -a` showed its
    # ".NET Tiered Com" thread on one core and the other idle), and every post it held counted in the p99.
    (cd "$out" && DOTNET_TieredCompilation=0 dotnet Training.Bench.dll contest-judging "$BASE" "$data.contest.json" "${CONTEST_BENCH_VIEWERS:-200}")
    ;;
  supervision-ledger)
    data="$root/bench/.data/supervision-city-$schema.db"
    if [ ! -f "$data" ]; then
      mkdir -p "$(dirname "$data")"
      (cd "$out" && dotnet Training.Bench.dll generate-supervision "$data.tmp" 10 900) && mv "$data.tmp" "$data" \
        && mv "$data.tmp.supervision.json" "$data.supervision.json"
      rm -f "$data.tmp-wal" "$data.tmp-shm"
    fi
    export Identity__PasswordHasher__IterationCount=10000   # as the generator hashed the bench accounts' password
    start_host "$data"
    read -r manager lead password hall unit < <(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print(a["manager"], a["lead"], a["password"], a["hallId"], a["unitId"])' "$data.supervision.json")
    board="/api/supervision/ledger?hallId=$hall&skipCount=0&maxResultCount=20"
    findings="/api/supervision/findings?unitId=$unit&skipCount=0&maxResultCount=20"
    manager_cookie=$(login "$manager" "$password"); lead_cookie=$(login "$lead" "$password")
    for pair in "$manager_cookie|$board" "$lead_cookie|$findings"; do
      rows=$(curl -sf -H "Cookie: ${pair%%|*}" "$BASE${pair#*|}" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["totalCount"], len(r["items"]))') \
        || { echo "GET ${pair#*|} failed; see artifacts/bench-host.log" >&2; exit 1; }
      echo "GET ${pair#*|} → totalCount, items on the page: $rows"
    done
    # the manager's ledger board and the lead's unit findings page
    wrk_alternating supervision-ledger "$board" "$manager_cookie" "$findings" "$lead_cookie"
    ;;
  unresolved-cases)
    data="$root/bench/.data/unresolved-city-$schema.db"
    if [ ! -f "$data" ]; then
      mkdir -p "$(dirname "$data")"
      (cd "$out" && dotnet Training.Bench.dll generate-unresolved "$data.tmp" 10 900 3000) && mv "$data.tmp" "$data" \
        && mv "$data.tmp.unresolved.json" "$data.unresolved.json"
      rm -f "$data.tmp-wal" "$data.tmp-shm"
    fi
    export Identity__PasswordHasher__IterationCount=10000   # as the generator hashed the bench accounts' password
    start_host "$data"
    read -r guide liaison password hall < <(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print(a["guide"], a["liaison"], a["password"], a["hallId"])' "$data.unresolved.json")
    workbench="/api/unresolved/workbench?hallId=$hall"
    inbox="/api/unresolved/transfers?answered=false&skipCount=0&maxResultCount=20"
    guide_cookie=$(login "$guide" "$password"); liaison_cookie=$(login "$liaison" "$password")
    rows=$(curl -sf -H "Cookie: $guide_cookie" "$BASE$workbench" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(len(r["todayCases"]), len(r["openDeadlines"]), r["overdueCount"])') \
      || { echo "GET $workbench failed; see artifacts/bench-host.log" >&2; exit 1; }
    echo "GET $workbench → today's cases, open deadlines, overdue: $rows"
    rows=$(curl -sf -H "Cookie: $liaison_cookie" "$BASE$inbox" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["totalCount"], len(r["items"]))') \
      || { echo "GET $inbox failed; see artifacts/bench-host.log" >&2; exit 1; }
    echo "GET $inbox → totalCount, items on the page: $rows"
    # the guide's workbench and the liaison's inbox
    wrk_alternating unresolved-cases "$workbench" "$guide_cookie" "$inbox" "$liaison_cookie"
    ;;
  bulletin-pdf)
    ensure_packages fonts-noto-cjk
    # shellcheck disable=SC2086 # BULLETIN_BENCH_ROWS is a number or nothing
    (cd "$out" && DOTNET_TC_CallCountingDelayMs=0 dotnet Training.Bench.dll bulletin-pdf "$root/artifacts/bulletin-pdf" ${BULLETIN_BENCH_ROWS:-})
    ;;
  *) echo "unknown scenario: $scenario" >&2; exit 2 ;;
esac
