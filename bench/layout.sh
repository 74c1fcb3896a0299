#!/usr/bin/env bash
# Regenerates src/CxoneApprove/startup.order, the method order of the Native AOT image (IlcOrderFile in the
# project): publishes the tool, runs the start-up scenarios under valgrind's callgrind against sandboxes in their
# own processes, and lists the managed methods they executed, the --help path first. Run it after changing what a
# run executes at start-up; a stale order still builds (unknown names are skipped), it only packs less tightly.
#
# Usage: bash bench/layout.sh      Needs valgrind, binutils and python3 (apt-get install -y valgrind binutils python3).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in valgrind nm readelf python3; do
  command -v "$tool" >/dev/null || { echo "bench/layout.sh needs $tool: apt-get install -y valgrind binutils python3" >&2; exit 1; }
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

out=$(mktemp -d)
. bench/sandboxes.sh
cleanup() {
  stop_sandboxes
  rm -rf "$out"
}
trap cleanup EXIT

echo "publishing the Native AOT binary" >&2
dotnet publish src/CxoneApprove -c Release -r linux-x64 -o "$out/aot" --nologo -v quiet >&2
# Valgrind gives up on the debug file ILC writes; the profile needs only the binary, the symbols are read with nm.
mkdir -p "$out/run" && cp "$out/aot/cxone-approve" "$out/run/"
binary="$out/run/cxone-approve"

start_sandbox plain
start_sandbox tls --https --certificate-file "$out/sandbox-cert.pem"
mkdir -p "$out/state" "$out/no-roots"
export XDG_STATE_HOME="$out/state" CXONE_ORG=layout CXONE_CLIENT_ID=sandbox-plain CXONE_CLIENT_SECRET=sandbox-plain-secret
hook=https://hooks.example.com/cxone

# One run per sandbox first, outside the profile: it registers the webhook, so the profiled runs take the path of
# every later run (the webhook already there).
CXONE_BASE_URL="$url_plain" "$binary" -t bulk-0100 --webhook-url "$hook" --audit-file "$out/w1.jsonl" >/dev/null
SSL_CERT_FILE="$out/sandbox-cert.pem" CXONE_BASE_URL="$url_tls" "$binary" -t bulk-0101 --webhook-url "$hook" --audit-file "$out/w2.jsonl" >/dev/null

runs=()
profile() {   # profile NAME ENV... -- ARGS...: one callgrind run of the tool
  local name=$1; shift
  local env=()
  while [ "$1" != -- ]; do env+=("$1"); shift; done; shift
  echo "profiling: $name" >&2
  env "${env[@]}" valgrind --tool=callgrind --dump-instr=yes -v -v --log-file="$out/$name.log" \
    --callgrind-out-file="$out/$name.callgrind" "$binary" "$@" >/dev/null 2>&1 \
    || { echo "the $name run failed; valgrind's log: $out/$name.log" >&2; tail -20 "$out/$name.log" >&2; exit 1; }
  runs+=("$out/$name.callgrind:$out/$name.log")
}
profile help -- --help
profile approve CXONE_BASE_URL="$url_plain" -- -t bulk-0001 --webhook-url "$hook" --audit-file "$out/a1.jsonl"
profile approve-tls CXONE_BASE_URL="$url_tls" SSL_CERT_FILE="$out/sandbox-cert.pem" SSL_CERT_DIR="$out/no-roots" \
  -- -t bulk-0002 --webhook-url "$hook" --audit-file "$out/a2.jsonl"
profile approve-json CXONE_BASE_URL="$url_plain" -- -t bulk-0003 --webhook-url "$hook" --audit-file "$out/a3.jsonl" --output json
profile validate CXONE_BASE_URL="$url_plain" -- validate --template bulk-0004

python3 bench/layout.py "$binary" "$out/aot/cxone-approve.dbg" src/CxoneApprove/startup.order "${runs[@]}"
