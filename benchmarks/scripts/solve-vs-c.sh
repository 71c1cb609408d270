#!/bin/sh
# Time to a solution, ours vs the C reference, on one TABMDP01 file in the same session (benchmarks/README.md, "solve").
#
#   benchmarks/scripts/solve-vs-c.sh REF_DIR FILE [EPS] [METHODS]
#
# REF_DIR is a scratch copy of the shared bench folder in which `make` has built ./limit. Runs
# `limit bellman FILE --kernel fixk --backup hard --tol EPS` (Jacobi value iteration, C), then the harness's
# `solve --method M --tol EPS` for each method in METHODS (default "vi gs mpi pi"), and prints each one's
# iterations, seconds and vsum, and whether every vsum lies within S·EPS of C's Vsum, as it must when every V is
# within EPS/2 of V*.
set -eu
REF_DIR=$(cd "$1" && pwd)
FILE=$2
EPS=${3:-1e-6}
METHODS=${4:-vi gs mpi pi}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

dotnet build -c Release "$ROOT/benchmarks/Harness" -v q -nologo >/dev/null
HARNESS="$ROOT/benchmarks/Harness/bin/Release/net10.0/MdpDsl.Benchmarks.Harness.dll"

OMP_NUM_THREADS=2 OMP_PROC_BIND=true "$REF_DIR/limit" bellman "$FILE" --kernel fixk --backup hard --tol "$EPS" --reps 1 > "$OUT/c.txt"
sed -n 's/^RESULT //p' "$OUT/c.txt" > "$OUT/c.json"
for method in $METHODS; do
    dotnet "$HARNESS" solve --file "$FILE" --method "$method" --tol "$EPS"
done > "$OUT/ours.json"

python3 - "$OUT" "$EPS" <<'PY'
import json, sys
out, eps = sys.argv[1], float(sys.argv[2])
c = json.load(open(f"{out}/c.json"))
ours = [json.loads(line) for line in open(f"{out}/ours.json")]
limit = ours[0]["states"] * eps
print(f"{'':<10}{'iterations':<20}{'seconds':>10}{'vsum':>26}{'|vsum - C|':>14}")
print(f"{'C vi':<10}{str(c['solve_sweeps']) + ' sweeps':<20}{c['solve_s_min']:>10.3f}{c['Vsum']:>26.12g}")
ok = True
for r in ours:
    name, count = next((k, r[k]) for k in ("sweeps", "evaluations", "improvements") if k in r)
    diff = abs(r["vsum"] - c["Vsum"])
    ok &= diff <= limit
    print(f"{'ours ' + r['method']:<10}{f'{count} {name}':<20}{r['seconds']:>10.3f}{r['vsum']:>26.17g}{diff:>14.3g}")
# C prints Vsum to 11 significant digits, which is far inside S·EPS for any useful EPS.
print(f"every vsum within S·EPS = {limit:g} of C's: {'yes' if ok else 'NO'}")
sys.exit(0 if ok else 1)
PY
