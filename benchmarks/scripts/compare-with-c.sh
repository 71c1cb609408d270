#!/bin/sh
# Same-run comparison of the harness with the C reference kernels (benchmarks/README.md, "Ours vs C").
#
#   benchmarks/scripts/compare-with-c.sh REF_DIR [ROUNDS]
#   SIZES="medium small" CORES="2 1" benchmarks/scripts/compare-with-c.sh REF_DIR 3     # everything the issue asks
#
# REF_DIR is a scratch copy of the shared bench folder in which `make` has built ./limit and gen_mdp.py has
# written data/<size>.bin. For each size in SIZES (default: $SIZE, else medium) and each core count in CORES
# (default 2), each round runs the four C variants and our hard and soft sweeps back to back, so that drift on a
# shared machine hits all of them alike; the summary reports medians over the rounds and the ratios ours / C.
# It also checks that our vsum equals the sum of the C kernel's final V (dumped in full precision, since the
# RESULT line prints only 11 digits).
#
# Two cores: C with OMP_NUM_THREADS=2 OMP_PROC_BIND=true, ours with the runtime's own parallelism.
# One core: both under `taskset -c 0`; C with OMP_NUM_THREADS=1, ours with DOTNET_PROCESSOR_COUNT=1 and
# DOTNET_TieredCompilation=0 (on one core tier-up is slow to arrive, and the timed sweeps would measure
# unoptimized code; see the README).
# SWEEPS and REPS default to WORKLOAD.md's: 20 × 5 for medium, 100 × 5 for small.
set -eu
REF_DIR=$(cd "$1" && pwd)
ROUNDS=${2:-3}
SIZES=${SIZES:-${SIZE:-medium}}
CORES=${CORES:-2}
REPS=${REPS:-5}
USER_SWEEPS=${SWEEPS:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

dotnet build -c Release "$ROOT/benchmarks/Harness" -v q -nologo >/dev/null
HARNESS="$ROOT/benchmarks/Harness/bin/Release/net10.0/MdpDsl.Benchmarks.Harness.dll"

pinned() { # cores command...: runs the command on the given number of cores
    if [ "$1" = 1 ]; then
        shift
        OMP_NUM_THREADS=1 DOTNET_PROCESSOR_COUNT=1 DOTNET_TieredCompilation=0 taskset -c 0 "$@"
    else
        shift
        OMP_NUM_THREADS=2 OMP_PROC_BIND=true "$@"
    fi
}
c() { # kernel backup
    pinned "$cores" "$REF_DIR/limit" bellman "$DATA" --kernel "$1" --backup "$2" \
        --sweeps "$SWEEPS" --reps "$REPS" --dump "$BLOCK/V_$1_$2.f64" | sed -n "s/^RESULT /c $1 $2 /p"
}
ours() { # kind
    pinned "$cores" dotnet "$HARNESS" sweep --file "$DATA" --kind "$1" --sweeps "$SWEEPS" --reps "$REPS" | sed "s/^/ours $1 - /"
}

for size in $SIZES; do
    case "$size" in small) default_sweeps=100 ;; *) default_sweeps=20 ;; esac
    SWEEPS=${USER_SWEEPS:-$default_sweeps}
    DATA="$REF_DIR/data/$size.bin"
    for cores in $CORES; do
        BLOCK="$OUT/${size}_$cores"
        mkdir -p "$BLOCK"
        echo "== $size, $cores core(s), $SWEEPS sweeps × $REPS reps, $ROUNDS rounds; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
        for round in $(seq "$ROUNDS"); do
            { c csr hard; c fixk hard; c fixk soft; c fixk softvec; ours hard; ours soft; } | sed "s/^/$round /"
        done | tee "$BLOCK/results.txt"
        echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
        /usr/bin/python3 - "$BLOCK" "$size" "$cores" <<'PY'
import json, statistics, sys, numpy as np
out, size, cores = sys.argv[1:4]
rows = {}
for line in open(f"{out}/results.txt"):
    rnd, impl, a, b, payload = line.split(" ", 4)
    r = json.loads(payload)
    key = (impl, a, b)
    ms = r["median_s"] * 1e3 if impl == "c" else r["median_ms"]
    rows.setdefault(key, {})[int(rnd)] = (ms, r.get("vsum"))
def med(key): return statistics.median(v[0] for v in rows[key].values())
def ratio(ours, c): return statistics.median(rows[ours][n][0] / rows[c][n][0] for n in rows[ours])
print(f"\n{size}, {cores} core(s): medians over {len(rows[('ours','hard','-')])} rounds, ms per sweep:")
for key in rows: print(f"  {' '.join(k for k in key if k != '-'):<20} {med(key):9.3f}")
pairs = [("hard", ("c","csr","hard")), ("hard", ("c","fixk","hard")), ("soft", ("c","fixk","soft")), ("soft", ("c","fixk","softvec"))]
print("ratios ours / C (median of the per-round ratios):")
for kind, c in pairs: print(f"  ours {kind} / C {c[1]:<4} {c[2]:<8}{ratio(('ours',kind,'-'), c):6.2f}")
print("vsum, ours vs the sequential sum of C's final V:")
for kind, c in [("hard", "fixk_hard"), ("hard", "csr_hard"), ("soft", "fixk_soft"), ("soft", "fixk_softvec")]:
    ref = float(np.cumsum(np.fromfile(f"{out}/V_{c}.f64"))[-1])
    ours = rows[("ours", kind, "-")][1][1]
    print(f"  {kind}: ours {ours!r}  C {c} {ref!r}  relative difference {abs(ours - ref) / abs(ref):.1e}")
print()
PY
    done
done
