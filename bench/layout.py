#!/usr/bin/env python3
"""Writes the native image's method order (src/CxoneApprove/startup.order) from callgrind runs of the tool.

Usage: layout.py BINARY DEBUG_SYMBOLS OUT RUN...   where each RUN is CALLGRIND_OUT:VALGRIND_LOG
(callgrind --dump-instr=yes output, and the `valgrind -v -v` log of the same run, which says where the
binary was loaded). The methods the runs executed are listed run by run, each run's new ones sorted by name,
so a run that executes only the first scenario's code (--help) touches only the first pages of the code.

Valgrind knows the ELF .text section only: it reports the managed code (ILC's __managedcode section) as
an unknown object at absolute addresses, and .text at offsets from the load address. Both are mapped back
to the symbols of the debug file (`nm`).
"""
import bisect
import re
import subprocess
import sys


def managed_code_range(debug_symbols):
    out = subprocess.run(["readelf", "-S", "-W", debug_symbols], capture_output=True, text=True).stdout
    for line in out.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == "__managedcode":
            start, size = int(fields[3], 16), int(fields[5], 16)
            return start, start + size
    sys.exit(f"{debug_symbols} has no __managedcode section")


def symbols(debug_symbols):
    out = subprocess.run(["nm", "-n", "--defined-only", "-S", debug_symbols], capture_output=True, text=True).stdout
    table = []
    for line in out.splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[2] in "tT":
            table.append((int(fields[0], 16), int(fields[1], 16), fields[3]))
    return table


def load_base(log, binary):
    # "Reading syms from BINARY" is followed by "svma 0x<section address>, avma 0x<where it is mapped>".
    seen = False
    for line in open(log, encoding="utf-8", errors="replace"):
        if "Reading syms from " in line:
            seen = line.strip().endswith(binary)
        elif seen and (m := re.search(r"svma 0x([0-9a-f]+), avma 0x([0-9a-f]+)", line)):
            return int(m.group(2), 16) - int(m.group(1), 16)
    sys.exit(f"{log} does not say where {binary} was loaded (run valgrind with -v -v --log-file)")


def executed_addresses(callgrind_out, binary, base):
    """Instruction addresses (as offsets in the image) that the run executed in BINARY."""
    names, current, last = {}, None, 0
    for line in open(callgrind_out, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if not line or line[0] == "#":
            continue
        if line[0].isalpha():
            if m := re.match(r"^c?ob=\((\d+)\)(?: (.*))?$", line):
                if m.group(2):
                    names[m.group(1)] = m.group(2)
                if line.startswith("ob="):
                    current = names.get(m.group(1))
            continue
        token = line.split()[0]
        if token.startswith("0x"):
            last = int(token, 16)
        elif token[0] in "+-":
            last += int(token)
        elif token != "*":
            continue
        if current == binary:
            yield last
        elif current == "???":
            yield last - base


def main():
    binary, debug_symbols, out, *runs = sys.argv[1:]
    start, end = managed_code_range(debug_symbols)
    table = symbols(debug_symbols)
    starts = [s[0] for s in table]
    order = {}
    for run in runs:
        callgrind_out, log = run.split(":", 1)
        executed = set()
        for address in executed_addresses(callgrind_out, binary, load_base(log, binary)):
            if not start <= address < end:
                continue
            i = bisect.bisect_right(starts, address) - 1
            if i >= 0 and table[i][0] <= address < table[i][0] + max(table[i][1], 1):
                executed.add(table[i][2])
        # Each run adds the methods the earlier ones did not execute, by name: the same runs give the same file.
        for name in sorted(executed - order.keys()):
            order[name] = None
    with open(out, "w", encoding="utf-8") as f:
        f.write("# The native image's method order: the methods a run executes, together at the start of the code, so a run\n"
                "# pages in (and keeps resident) about a quarter of the code instead of nearly all of it. ILC reads one symbol\n"
                "# per line and places unlisted methods after these; a line naming no method (this one) is ignored.\n"
                "# Regenerate with bench/layout.sh after changes to the start-up path; see bench/README.md.\n")
        f.writelines(name + "\n" for name in order)
    print(f"{out}: {len(order)} methods", file=sys.stderr)


if __name__ == "__main__":
    main()
