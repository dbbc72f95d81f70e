#!/usr/bin/env bash
# Scaling run (issue 11): PolicyCompare and the Python recipe side by side on the same texts, at 5, 50, 500 and 5,000
# plans (or the sizes given as arguments). 5 plans are the seeds themselves, scored against tests/.../dev-gold.tsv; larger
# corpora are written by `policycompare synth --from seeds --seed 1 --gold dev-gold.tsv`, whose gold.tsv carries the seed
# labels over to the generated tasks.
#
# Printed per size: tasks; PolicyCompare `analyze` (parse + embed + topics + metrics, process wall time and peak resident
# memory from /usr/bin/time -v) and its ARI against the labels; the Python recipe (scikit-learn char 1-3-gram TF-IDF, cosine,
# average linkage, cut at the number of topics PolicyCompare chose; its input texts come from `policycompare parse`, not
# timed) with the same three figures. The recipe is skipped when its n x n distance matrix would not fit in half the memory.
#
# usage: benchmarks/scaling/run.sh [PLANS...]      work files go to $SCALING_WORK (default: a new temporary folder)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/benchmarks/scaling"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(5 50 500 5000)
work=${SCALING_WORK:-$(mktemp -d -t policycompare-scaling-XXXXXX)}
mkdir -p "$work"
gold="$root/tests/PolicyCompare.Tests/TestData/dev-gold.tsv"

if ! /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
  echo "installing Debian's python3-sklearn…" >&2
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get install -y -q python3-sklearn >&2
fi
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }

cli="$work/cli"
dotnet build "$root/src/PolicyCompare.Cli" -c Release -o "$cli" -v quiet -nologo >&2
pc="$cli/PolicyCompare.Cli"

# wall seconds and peak RSS in MiB from a /usr/bin/time -v log
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$1"; }
peak() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
memory_kib=$(awk '/MemTotal/ { print $2 }' /proc/meminfo)

printf '%-6s %-8s | %-28s | %-28s | %s\n' plans tasks "PolicyCompare: s, MiB, ARI" "Python recipe: s, MiB, ARI" "speed-up"
for n in "${sizes[@]}"; do
  if [ "$n" = 5 ]; then
    corpus="$root/seeds"; labels="$gold"
  else
    corpus="$work/p$n"
    [ -f "$corpus/corpus.json" ] || "$pc" synth --from "$root/seeds" --plans "$n" --out "$corpus" --seed 1 --gold "$gold" >&2
    labels="$corpus/gold.tsv"
  fi

  /usr/bin/time -v -o "$work/pc-$n.time" "$pc" analyze "$corpus" --json > "$work/analysis-$n.json" 2> "$work/pc-$n.log"
  read -r k tasks < <(/usr/bin/python3 "$here/topics.py" "$work/analysis-$n.json" "$work/pc-$n.tsv")
  pc_ari=$(/usr/bin/python3 "$here/score.py" "$labels" "$work/pc-$n.tsv")

  # pairwise distances (float64) plus the linkage's own copy
  need_kib=$(( tasks * tasks * 16 / 1024 ))
  if [ "$need_kib" -lt $(( memory_kib / 2 )) ]; then
    "$pc" parse "$corpus" --json > "$work/parse-$n.json"
    /usr/bin/python3 "$here/tasks.py" "$work/parse-$n.json" "$work/tasks-$n.tsv"
    rm -f "$work/parse-$n.json"
    /usr/bin/time -v -o "$work/py-$n.time" /usr/bin/python3 "$here/recipe.py" "$work/tasks-$n.tsv" "$k" "$work/py-$n.tsv"
    py_ari=$(/usr/bin/python3 "$here/score.py" "$labels" "$work/py-$n.tsv")
    py="$(wall "$work/py-$n.time") s, $(peak "$work/py-$n.time") MiB, $py_ari"
    ratio=$(awk -v a="$(wall "$work/pc-$n.time")" -v b="$(wall "$work/py-$n.time")" 'BEGIN { printf "%.1f×", b / a }')
  else
    py="skipped: n×n needs $(( need_kib / 1048576 )) GiB"; ratio="–"
  fi
  printf '%-6s %-8s | %-28s | %-28s | %s\n' "$n" "$tasks" "$(wall "$work/pc-$n.time") s, $(peak "$work/pc-$n.time") MiB, $pc_ari" "$py" "$ratio"
done
echo "work files: $work" >&2
