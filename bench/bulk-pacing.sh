#!/usr/bin/env bash
# Issue 12's acceptance lines, measured: pacing without --rate-limit against a sandbox capped at 50 requests/s.
#   1. 500 templates, one process, default options: 0 failed, >= 95 % of the cap, < 2 % of requests answered 429.
#   2. 500 templates split over two processes started together: 0 failed, >= 90 % of the cap, < 5 % answered 429.
# Builds in Release, runs both, prints the figures and PASS/FAIL for each; exit 0 only when both pass.
# Extra arguments go to both runs, e.g.: bash bench/bulk-pacing.sh --concurrency 8
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

project=bench/CxoneApprove.Benchmarks/CxoneApprove.Benchmarks.csproj
# Build chatter goes to stderr: stdout carries only the figures, so `> figures.txt` keeps them clean.
dotnet build "$project" --configuration Release --nologo --verbosity quiet >&2

status=0
for processes in 1 2; do
  dotnet run --project "$project" --configuration Release --no-build -- \
    --templates 500 --sandbox-rps 50 --rate-limit none --processes "$processes" "$@" || status=1
  echo
done
exit "$status"
