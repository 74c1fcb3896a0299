#!/usr/bin/env bash
# Issue 13's line, measured: a 1 MB template validates in well under a second. Builds in Release, times the
# validator on 1 MiB bodies (SMS in GSM-7 and UCS-2, WhatsApp) and on an ordinary template, prints the
# figures and PASS/FAIL (exit 0/1). Extra arguments go to the benchmark, e.g.: bash bench/validator-speed.sh --runs 50
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

project=bench/CxoneApprove.Benchmarks/CxoneApprove.Benchmarks.csproj
# Build chatter goes to stderr: stdout carries only the figures.
dotnet build "$project" --configuration Release --nologo --verbosity quiet >&2
exec dotnet run --project "$project" --configuration Release --no-build -- validator "$@"
