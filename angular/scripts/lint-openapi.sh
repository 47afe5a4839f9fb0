#!/usr/bin/env bash
# Lints the API description (openapi/v1.json, generated from the server) with the two linters, offline:
#   spectral  the OWASP API Security Top 10 (2023) ruleset and our input-limit rules (openapi/.spectral.yaml)
#   redocly   Redocly's recommended rules (openapi/redocly.yaml)
# Errors fail; warnings are printed and may stay. The waivers, each with its reason, are in those two files.
#   scripts/lint-openapi.sh [spectral|redocly|all] [DOCUMENT]       (default: all, openapi/v1.json)
# Prints "openapi-lint <linter>: ok" or "openapi-lint <linter>: FAIL (N errors)" per linter; exits non-zero on any error.
set -uo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
document=${2:-openapi/v1.json}
bin=node_modules/.bin
# Redocly: no telemetry and no update check (the linters run without the internet).
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_COLOR=1 FORCE_COLOR=0
status=0

spectral() {
  local out rc
  out=$("$bin/spectral" lint --ruleset openapi/.spectral.yaml --fail-severity error --display-only-failures --format text "$document" 2>&1)
  rc=$?
  if [ $rc -eq 0 ]; then echo "openapi-lint spectral: ok"; return 0; fi
  echo "$out" | head -60
  echo "openapi-lint spectral: FAIL ($(grep -c ' error ' <<<"$out") errors)"
  return 1
}

redocly() {
  local out rc
  out=$("$bin/redocly" lint --config openapi/redocly.yaml --format stylish --max-problems 1000 "$document" 2>&1)
  rc=$?
  if [ $rc -eq 0 ]; then echo "openapi-lint redocly: ok"; return 0; fi
  echo "$out" | grep -v '^\s*$' | grep -iv 'node\.js\|nodejs\|╔\|╚\|║' | head -60
  echo "openapi-lint redocly: FAIL"
  return 1
}

case "$which" in
  spectral) spectral || status=1 ;;
  redocly) redocly || status=1 ;;
  all) spectral || status=1; redocly || status=1 ;;
  *) echo "usage: scripts/lint-openapi.sh [spectral|redocly|all] [DOCUMENT]" >&2; exit 2 ;;
esac
exit $status
