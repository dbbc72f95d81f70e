#!/usr/bin/env bash
# The seeds report, process start to finish (issue 11's bar: 1.5 s with a built CLI). Builds the CLI twice — as `dotnet
# build -c Release` leaves it (JIT-compiled at run time, as the installed tool runs) and as a ReadyToRun publish for this
# machine's runtime — runs `report seeds` RUNS times with each (default 5, after one warm-up run) and prints the median
# and the range of wall time, CPU time (user + system) and peak resident memory (/usr/bin/time).
#
# usage: benchmarks/scaling/seeds-report.sh [RUNS]      work files go to $SCALING_WORK (default: a new temporary folder)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
work=${SCALING_WORK:-$(mktemp -d -t policycompare-seeds-report-XXXXXX)}
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }

rid=$(dotnet --info | awk -F': *' '/^ *RID:/ { print $2; exit }')
dotnet build "$root/src/PolicyCompare.Cli" -c Release -o "$work/jit" -v quiet -nologo >&2
dotnet publish "$root/src/PolicyCompare.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
  -o "$work/r2r" -v quiet -nologo >&2

# median and range of column $1 of the runs file, with $3 decimals
stat() { sort -n -k"$1" "$2" | awk -v c="$1" -v d="${3:-2}" '{ v[NR] = $c } END { f = "%." d "f"; printf f " (" f "–" f ")", v[int((NR + 1) / 2)], v[1], v[NR] }'; }

printf '%-10s | %-22s | %-22s | %s\n' build "wall s, median (range)" "CPU s" "peak MiB"
for build in jit r2r; do
  out="$work/report-$build"
  : > "$work/$build.runs"
  for i in $(seq 0 "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/$build.one" "$work/$build/PolicyCompare.Cli" report "$root/seeds" --out "$out" > /dev/null 2>&1
    # run 0 is the warm-up (file cache, jieba's extracted dictionary)
    [ "$i" -gt 0 ] && awk '{ printf "%s %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$work/$build.one" >> "$work/$build.runs"
  done
  printf '%-10s | %-22s | %-22s | %s\n' "$build" "$(stat 1 "$work/$build.runs")" "$(stat 2 "$work/$build.runs")" "$(stat 3 "$work/$build.runs" 0)"
done
echo "work files: $work" >&2
