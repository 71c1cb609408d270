#!/bin/sh
# Time to a solution, ours vs the C reference, on one TABMDP01 file in the same session (benchmarks/README.md, "solve").
#
#   benchmarks/scripts/solve-vs-c.sh REF_DIR FILE [EPS] [METHODS] [ROUNDS]
#
# REF_DIR is a scratch copy of the shared bench folder in which `make` has built ./limit. Each round runs
# `limit bellman FILE --kernel fixk --backup B --tol EPS` (Jacobi value iteration in C) and then the harness's
# `solve --method M --kind K --tol EPS` for each method in METHODS, back to back, so that drift on a shared machine
# hits all of them alike. KIND=hard (default) compares with `--backup hard`, KIND=soft with `--backup softvec` at
# T = 1. The summary gives, per method, the median seconds over the rounds with their range, the ratio of medians
# ours / C, the iterations, and two checks of the answer against C's: |vsum − C's vsum| ≤ S·EPS and
# max_s |V(s) − V_C(s)| ≤ EPS (both are within EPS/2 of the optimum when the stopping rules hold).
set -eu
REF_DIR=$(cd "$1" && pwd)
FILE=$2
EPS=${3:-1e-6}
METHODS=${4:-vi gs mpi pi}
ROUNDS=${5:-3}
KIND=${KIND:-hard}
case "$KIND" in
    hard) BACKUP=hard ;;
    soft) BACKUP=softvec ;;
    *) echo "KIND must be hard or soft" >&2; exit 2 ;;
esac
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

dotnet build -c Release "$ROOT/benchmarks/Harness" -v q -nologo >/dev/null
HARNESS="$ROOT/benchmarks/Harness/bin/Release/net10.0/MdpDsl.Benchmarks.Harness.dll"

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
round=1
while [ "$round" -le "$ROUNDS" ]; do
    OMP_NUM_THREADS=2 OMP_PROC_BIND=true "$REF_DIR/limit" bellman "$FILE" --kernel fixk --backup "$BACKUP" --tol "$EPS" \
        --reps 1 | sed -n "s/^RESULT //p" >> "$OUT/c.json"
    for method in $METHODS; do
        dotnet "$HARNESS" solve --file "$FILE" --method "$method" --kind "$KIND" --tol "$EPS" \
            --dump-values "$OUT/V_$method.f64" >> "$OUT/ours.json"
    done
    echo "round $round done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    round=$((round + 1))
done

# `--tol` prints no values, so C's V comes from the same number of Jacobi sweeps from V = 0, which is the same V.
C_SWEEPS=$(/usr/bin/python3 -c 'import json, sys; print(json.loads(sys.stdin.readline())["solve_sweeps"])' < "$OUT/c.json")
OMP_NUM_THREADS=2 OMP_PROC_BIND=true "$REF_DIR/limit" bellman "$FILE" --kernel fixk --backup "$BACKUP" --sweeps "$C_SWEEPS" \
    --reps 1 --dump "$OUT/V_c.f64" > /dev/null

/usr/bin/python3 - "$OUT" "$EPS" "$METHODS" <<'PY'
import json, statistics, sys
import numpy as np
out, eps, methods = sys.argv[1], float(sys.argv[2]), sys.argv[3].split()
c = [json.loads(line) for line in open(f"{out}/c.json")]
ours = [json.loads(line) for line in open(f"{out}/ours.json")]
vc = np.fromfile(f"{out}/V_c.f64")
c_median = statistics.median(r["solve_s_min"] for r in c)
limit = len(vc) * eps

def spread(xs):
    return f"{statistics.median(xs):.3f} ({min(xs):.3f}–{max(xs):.3f})"

print(f"{'':<10}{'iterations':<26}{'seconds: median (range)':>28}{'× C':>8}{'|vsum − C|':>14}{'max|V − V_C|':>15}")
print(f"{'C vi':<10}{str(c[0]['solve_sweeps']) + ' sweeps':<26}{spread([r['solve_s_min'] for r in c]):>28}{1:>8.2f}")
ok = True
for method in methods:
    runs = [r for r in ours if r["method"] == method]
    last = runs[-1]
    counts = ", ".join(f"{last[k]} {k}" for k in ("sweeps", "evaluations", "improvements") if k in last)
    vsum_diff = abs(last["vsum"] - c[0]["Vsum"])
    max_diff = float(np.max(np.abs(np.fromfile(f"{out}/V_{method}.f64") - vc)))
    ok &= vsum_diff <= limit and max_diff <= eps
    seconds = [r["seconds"] for r in runs]
    print(f"{'ours ' + method:<10}{counts:<26}{spread(seconds):>28}{statistics.median(seconds) / c_median:>8.2f}{vsum_diff:>14.3g}{max_diff:>15.3g}")
print(f"every answer within EPS of C's (vsum within S·EPS = {limit:g}, every V within {eps:g}): {'yes' if ok else 'NO'}")
sys.exit(0 if ok else 1)
PY
