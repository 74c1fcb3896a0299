#!/usr/bin/env bash
# How long the sandbox executable takes from exec to listening (its --announce json line on stdout), for the JIT
# build and the Native AOT binary: what a run that starts the sandbox as a child process pays before its first
# request. Figures on stdout; build chatter on stderr. Usage: bash bench/sandbox-startup.sh [RUNS] (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish src/CxoneApprove.Sandbox -c Release -o "$out/jit" --nologo -v quiet >&2
dotnet publish src/CxoneApprove.Sandbox -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" --nologo -v quiet >&2

# One start: exec, read the announcement, close stdin (the sandbox stops itself), wait. Prints milliseconds.
start_once() {
  local begin end line
  begin=$(date +%s%N)
  coproc SANDBOX { exec "$@" --port 0 --announce json --exit-on-stdin-eof --quiet; }
  read -r line <&"${SANDBOX[0]}"
  end=$(date +%s%N)
  eval "exec ${SANDBOX[1]}>&-"
  wait "$SANDBOX_PID"
  [[ $line == '{"base_url":'* ]] || { echo "unexpected announcement: $line" >&2; return 1; }
  echo $(((end - begin) / 1000))
}

report() {   # report LABEL COMMAND...: RUNS starts, then median, min and max in ms
  local label=$1; shift
  local samples=()
  start_once "$@" >/dev/null   # warm the page cache; not counted
  for _ in $(seq "$runs"); do samples+=("$(start_once "$@")"); done
  printf '%s\n' "${samples[@]}" | sort -n | awk -v label="$label" -v n="$runs" '
    { v[NR] = $1 }
    END { median = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
          printf "  %-22s median %7.1f ms   min %7.1f ms   max %7.1f ms   (%d starts)\n", label, median / 1000, v[1] / 1000, v[n] / 1000, n }'
}

echo "cxone-approve-sandbox: exec to listening, $(nproc) cores, $(dotnet --version) SDK"
report "JIT (dotnet publish)" "$out/jit/cxone-approve-sandbox"
report "Native AOT" "$out/aot/cxone-approve-sandbox"
