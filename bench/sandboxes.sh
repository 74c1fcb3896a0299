# Sourced by the start-up scripts (startup.sh, layout.sh): native sandboxes in their own processes for the length
# of the script. Needs $out (a work folder holding aot/cxone-approve-sandbox) and `trap stop_sandboxes EXIT`.
sandboxes=()

start_sandbox() {   # start_sandbox NAME ARGS...: sets url_NAME; the sandbox lives until the script ends
  local name=$1; shift
  local line w r
  rm -f "$out/$name.in" "$out/$name.out" && mkfifo "$out/$name.in" "$out/$name.out"
  "$out/aot/cxone-approve-sandbox" --port 0 --announce json --exit-on-stdin-eof --quiet "$@" <"$out/$name.in" >"$out/$name.out" &
  exec {w}>"$out/$name.in" {r}<"$out/$name.out"
  read -r line <&"$r"
  sandboxes+=("$w")
  printf -v "url_$name" '%s' "$(sed -E 's/.*"base_url":"([^"]+)".*/\1/' <<<"$line")"
}

stop_sandboxes() {   # stdin EOF: each sandbox stops itself; then wait for them
  local fd
  for fd in "${sandboxes[@]}"; do eval "exec ${fd}>&-"; done
  wait
}
