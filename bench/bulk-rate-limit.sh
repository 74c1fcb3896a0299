#!/usr/bin/env bash
# Issue 6's acceptance line, measured: 200 bulk templates against a sandbox limited to 20 requests/s, with
# --rate-limit 20 --concurrency 4. Builds in Release, runs once, prints the figures and PASS/FAIL (exit 0/1).
# Extra arguments go to the benchmark, e.g.: bash bench/bulk-rate-limit.sh --compare
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

project=bench/CxoneApprove.Benchmarks/CxoneApprove.Benchmarks.csproj
# Build chatter goes to stderr: stdout carries only the figures, so `> figures.txt` keeps them clean.
dotnet build "$project" --configuration Release --nologo --verbosity quiet >&2
exec dotnet run --project "$project" --configuration Release --no-build -- "$@"
