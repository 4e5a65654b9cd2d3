#!/usr/bin/env bash
# Node 20's test runner does not expand quoted globs and finds no .ts tests on its own, so list them here.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find test -name '*.test.ts' -not -path '*/node_modules/*' | sort)
if [ "${#files[@]}" -eq 0 ]; then
  echo "no test files found under test/" >&2
  exit 1
fi
exec node --import tsx --test --test-reporter=spec "$@" "${files[@]}"
