#!/usr/bin/env bash
# Start-up benchmark (issue 10): whole-process runs of one template against a sandbox running in its own
# process, over plain http and over TLS, side by side: the Go tutorial (../shared/seed-go, built here when
# Go is installed), the Native AOT binary, the tool installed from the native package and the tool installed
# from the portable (framework-dependent) package. Then --help, and peak RSS. Prints medians and ratios.
#
# Usage: bash bench/startup.sh [ROUNDS] [RUNS]   (default 5 rounds of 10 runs per program and transport)
#        BENCH_BASELINE=/path/to/an/earlier/cxone-approve bash bench/startup.sh   (adds it as "baseline")
# The programs alternate: each round runs every program RUNS times, the rounds repeat, and the medians are
# taken over all rounds. BENCH_DIR=<dir> keeps the builds there and reuses them on the next call.
# Needs hyperfine (apt-get install -y hyperfine); Go is optional (apt-get install -y golang-go).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
runs=${2:-10}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
command -v hyperfine >/dev/null || { echo "bench/startup.sh needs hyperfine: apt-get install -y hyperfine" >&2; exit 1; }

out=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$out"
. bench/sandboxes.sh
cleanup() {
  stop_sandboxes
  [ -n "${BENCH_DIR:-}" ] || rm -rf "$out"
}
trap cleanup EXIT

# --- builds (skipped when BENCH_DIR already has them) ---
if [ ! -x "$out/aot/cxone-approve" ]; then
  echo "publishing the Native AOT binary and its sandbox" >&2
  dotnet publish src/CxoneApprove -c Release -r linux-x64 -o "$out/aot" --nologo -v quiet >&2
fi
if [ ! -e "$out/tools/cxone-approve" ]; then
  echo "packing and installing the tool packages from a local folder" >&2
  dotnet pack src/CxoneApprove -c Release -o "$out/feed" --nologo -v quiet >&2
  dotnet pack src/CxoneApprove -c Release -r linux-x64 -o "$out/feed" --nologo -v quiet >&2
  dotnet pack src/CxoneApprove -c Release -r any -p:PublishAot=false -o "$out/feed" --nologo -v quiet >&2
  dotnet tool install --tool-path "$out/tools" --add-source "$out/feed" cxone-approve >&2
  # The portable package as a platform without a native one gets it: a feed whose pointer names only "any".
  mkdir -p "$out/fallback" && cp "$out/feed/cxone-approve.any."*.nupkg "$out/fallback/"
  dotnet pack src/CxoneApprove -c Release -p:ToolPackageRuntimeIdentifiers=any -o "$out/fallback" --nologo -v quiet >&2
  dotnet tool install --tool-path "$out/tools-any" --add-source "$out/fallback" cxone-approve >&2
fi
go_note=""
if [ ! -x "$out/seed" ]; then
  if command -v go >/dev/null && [ -d ../shared/seed-go ]; then
    echo "building the Go tutorial" >&2
    (cd ../shared/seed-go && GOFLAGS=-buildvcs=false go build -o "$out/seed" .) >&2
  elif ! command -v go >/dev/null; then
    go_note="Go is not installed (apt-get install -y golang-go): the Go tutorial is left out"
  else
    go_note="../shared/seed-go is not there: the Go tutorial is left out"
  fi
fi

# --- one sandbox per transport, each in its own process (the native one) ---
load_start=$(cut -d" " -f1-3 /proc/loadavg)
start_sandbox plain
start_sandbox tls --https --certificate-file "$out/sandbox-cert.pem"
url_tls_own=$url_tls   # the same sandbox; the clients trust only its certificate, not the machine's root folder
mkdir -p "$out/no-roots"

# Every run approves a fresh template (bulk-1000, bulk-1001, ...: one counter per sandbox, shell builtins only),
# so every run does the whole approval. The tool is given a webhook URL, as the Go program is, and an audit file.
rm -rf "$out/state" "$out/audit" && mkdir -p "$out/state" "$out/audit"
export XDG_STATE_HOME="$out/state" CXONE_ORG=bench CXONE_WEBHOOK_URL=https://hooks.example.com/cxone
export CXONE_CLIENT_ID=sandbox-plain CXONE_CLIENT_SECRET=sandbox-plain-secret   # a secret that needs no form-encoding
tool_args="--webhook-url $CXONE_WEBHOOK_URL"
declare -A programs=(
  [go]="$out/seed"
  [aot]="$out/aot/cxone-approve"
  [installed-native]="$out/tools/cxone-approve"
  [installed-any]="$out/tools-any/cxone-approve"
)
order=(go aot installed-native installed-any)
[ -x "$out/seed" ] || order=(aot installed-native installed-any)
help_order=(aot installed-native installed-any)
# BENCH_BASELINE=<another cxone-approve binary, e.g. an earlier commit's AOT publish>: timed as "baseline",
# alternating with the others, for a before/after comparison under the same load.
if [ -n "${BENCH_BASELINE:-}" ]; then
  programs[baseline]=$BENCH_BASELINE
  order+=(baseline)
  help_order+=(baseline)
fi

command_for() {   # command_for PROGRAM TRANSPORT: one sh command line, its template from the transport's counter
  local program=$1 transport=$2 counter="$out/next-$2"
  local url_var="url_${transport//-/_}"
  local env="CXONE_BASE_URL=${!url_var}"
  case $transport in
    tls) env="$env SSL_CERT_FILE=$out/sandbox-cert.pem" ;;
    tls-own) env="$env SSL_CERT_FILE=$out/sandbox-cert.pem SSL_CERT_DIR=$out/no-roots" ;;
  esac
  local run="${programs[$program]}"
  # A fresh audit journal per run: the tool reads the journal for an earlier record of the template, and one file
  # shared by hundreds of runs would time that lookup instead of start-up.
  [ "$program" = go ] && run="env $env CXONE_TEMPLATE_ID=bulk-\$n $run" \
    || run="env $env $run -t bulk-\$n $tool_args --audit-file $out/audit/$program-$transport-\$n.jsonl"
  echo "read n < $counter; echo \$((n + 1)) > $counter; exec $run"
}
echo 1000 >"$out/next-plain"
echo 1000 >"$out/next-tls"
echo 5000 >"$out/next-tls-own"

# One smoke run each, so a broken build fails here and not inside hyperfine.
for transport in plain tls tls-own; do
  for program in "${order[@]}"; do
    sh -c "$(command_for "$program" "$transport")" >"$out/smoke-$program-$transport.log" 2>&1 \
      || { echo "$program over $transport failed:" >&2; cat "$out/smoke-$program-$transport.log" >&2; exit 1; }
  done
done

results="$out/results"
rm -rf "$results" && mkdir -p "$results"
for round in $(seq "$rounds"); do
  for transport in plain tls tls-own; do
    args=()
    for program in "${order[@]}"; do args+=(-n "$program $transport" "$(command_for "$program" "$transport")"); done
    hyperfine --shell sh --warmup 1 --runs "$runs" --style none --export-json "$results/one-$transport-$round.json" "${args[@]}" >/dev/null
  done
  args=()
  for program in "${help_order[@]}"; do args+=(-n "$program --help" "${programs[$program]} --help"); done
  hyperfine -N --warmup 2 --runs "$runs" --style none --export-json "$results/help-$round.json" "${args[@]}" >/dev/null
done

# Peak RSS: a few separate runs under /usr/bin/time (kilobytes), the largest kept.
rss() {   # rss COMMAND: the median of 5 peak-RSS readings, MiB
  local samples=()
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f %M -o "$out/rss" sh -c "$1" >/dev/null 2>&1
    samples+=("$(tail -1 "$out/rss")")
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk 'NR == 3 { printf "%.1f", $1 / 1024 }'
}
: >"$results/rss.tsv"
for transport in plain tls tls-own; do
  for program in "${order[@]}"; do
    printf '%s %s\t%s\n' "$program" "$transport" "$(rss "$(command_for "$program" "$transport")")" >>"$results/rss.tsv"
  done
done

echo "machine: $(nproc) cores, $(uname -r), .NET SDK $(dotnet --version), $(go version 2>/dev/null | cut -d' ' -f3 || echo 'no Go')"
echo "load average at the start: $load_start"
echo "$rounds rounds x $runs runs per program and transport, alternating; medians over all runs"
[ -z "$go_note" ] || echo "$go_note"
python3 - "$results" <<'EOF'
import json, glob, statistics, sys, collections
d = sys.argv[1]
times = collections.defaultdict(list)
for f in sorted(glob.glob(f"{d}/*.json")):
    for r in json.load(open(f))["results"]:
        times[r["command"]].extend(r["times"])
rss = dict(line.rstrip("\n").split("\t") for line in open(f"{d}/rss.tsv"))
med = {k: statistics.median(v) * 1000 for k, v in times.items()}
print(f"\n{'one template, whole process':34} {'median':>9} {'min':>8} {'vs Go':>7} {'peak RSS':>10}")
for transport in ("plain", "tls", "tls-own"):
    go = med.get(f"go {transport}")
    for name in ("go", "aot", "baseline", "installed-native", "installed-any"):
        key = f"{name} {transport}"
        if key not in med:
            continue
        ratio = f"{med[key] / go:6.2f}x" if go else "   n/a"
        print(f"  {key:32} {med[key]:7.1f} ms {min(times[key]) * 1000:6.1f} ms {ratio} {rss.get(key, '?'):>6} MiB")
print(f"\n{'--help':34} {'median':>9} {'min':>8}")
for name in ("aot", "baseline", "installed-native", "installed-any"):
    key = f"{name} --help"
    if key not in med:
        continue
    print(f"  {key:32} {med[key]:7.1f} ms {min(times[key]) * 1000:6.1f} ms")
EOF
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
