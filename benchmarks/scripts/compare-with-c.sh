#!/bin/sh
# Same-run comparison of the harness with the C reference kernels (benchmarks/README.md, "Ours vs C").
#
#   benchmarks/scripts/compare-with-c.sh REF_DIR [ROUNDS]
#
# REF_DIR is a scratch copy of the shared bench folder in which `make` has built ./limit and gen_mdp.py has
# written data/$SIZE.bin. Each round runs the four C variants and our hard and soft sweeps back to back, so
# that drift on a shared machine hits all of them alike; the summary reports medians over the rounds and the
# ratios ours / C. It also checks that our vsum equals the sum of the C kernel's final V (dumped in full
# precision, since the RESULT line prints only 11 digits).
set -eu
REF_DIR=$(cd "$1" && pwd)
ROUNDS=${2:-3}
SIZE=${SIZE:-medium}
SWEEPS=${SWEEPS:-20}
REPS=${REPS:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA="$REF_DIR/data/$SIZE.bin"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

dotnet build -c Release "$ROOT/benchmarks/Harness" -v q -nologo >/dev/null
HARNESS="$ROOT/benchmarks/Harness/bin/Release/net10.0/MdpDsl.Benchmarks.Harness.dll"

c() { # kernel backup
    OMP_NUM_THREADS=2 OMP_PROC_BIND=true "$REF_DIR/limit" bellman "$DATA" --kernel "$1" --backup "$2" \
        --sweeps "$SWEEPS" --reps "$REPS" --dump "$OUT/V_$1_$2.f64" | sed -n "s/^RESULT /c $1 $2 /p"
}
ours() { # kind
    dotnet "$HARNESS" sweep --file "$DATA" --kind "$1" --sweeps "$SWEEPS" --reps "$REPS" | sed "s/^/ours $1 - /"
}

for round in $(seq "$ROUNDS"); do
    { c csr hard; c fixk hard; c fixk soft; c fixk softvec; ours hard; ours soft; } | sed "s/^/$round /"
done | tee "$OUT/results.txt"

/usr/bin/python3 - "$OUT" <<'PY'
import json, statistics, sys, numpy as np
out = sys.argv[1]
rows = {}
for line in open(f"{out}/results.txt"):
    rnd, impl, a, b, payload = line.split(" ", 4)
    r = json.loads(payload)
    key = (impl, a, b)
    ms = r["median_s"] * 1e3 if impl == "c" else r["median_ms"]
    rows.setdefault(key, {})[int(rnd)] = (ms, r.get("vsum"))
def med(key): return statistics.median(v[0] for v in rows[key].values())
def ratio(ours, c): return statistics.median(rows[ours][n][0] / rows[c][n][0] for n in rows[ours])
print(f"\nmedians over {len(rows[('ours','hard','-')])} rounds, ms per sweep:")
for key in rows: print(f"  {' '.join(k for k in key if k != '-'):<20} {med(key):9.3f}")
pairs = [("hard", ("c","csr","hard")), ("hard", ("c","fixk","hard")), ("soft", ("c","fixk","soft")), ("soft", ("c","fixk","softvec"))]
print("ratios ours / C (median of the per-round ratios):")
for kind, c in pairs: print(f"  ours {kind} / C {c[1]:<4} {c[2]:<8}{ratio(('ours',kind,'-'), c):6.2f}")
print("vsum, ours vs the sequential sum of C's final V:")
for kind, c in [("hard", "fixk_hard"), ("hard", "csr_hard"), ("soft", "fixk_soft"), ("soft", "fixk_softvec")]:
    ref = float(np.cumsum(np.fromfile(f"{out}/V_{c}.f64"))[-1])
    ours = rows[("ours", kind, "-")][1][1]
    print(f"  {kind}: ours {ours!r}  C {c} {ref!r}  relative difference {abs(ours - ref) / abs(ref):.1e}")
PY
