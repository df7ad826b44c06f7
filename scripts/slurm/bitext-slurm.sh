#!/usr/bin/env bash
# bitext on a Slurm cluster: the two-pass corpus alignment as job arrays, one array task per shard.
#
#   bitext-slurm.sh run   INPUT WORKDIR [SHARDS]   split, pass 1, learn + merge the lexicon, pass 2, merge
#                                                   -> WORKDIR/aligned.jsonl (and WORKDIR/lexicon.tsv)
#   bitext-slurm.sh split INPUT WORKDIR SHARDS      WORKDIR/shards/0000 … (whole lines, about equal bytes)
#   bitext-slurm.sh align WORKDIR PASS [TASKS]      pass 1 or 2 over every shard (or TASKS, e.g. 3 or 0-2,5)
#   bitext-slurm.sh learn WORKDIR                   lexicon counts per shard of pass 1, merged into WORKDIR/lexicon.tsv
#                                                   and pruned into WORKDIR/lexicon-pass2.tsv (what pass 2 reads)
#   bitext-slurm.sh merge WORKDIR PASS              WORKDIR/passPASS.jsonl: the shard outputs in input order
#
# Every task runs `bitext batch align --resume`, so a task that was killed, preempted or timed out is simply
# submitted again (`align WORKDIR PASS TASK`) and continues after its last finished record.
# Environment: BITEXT (the command, default: node <checkout>/bin/bitext.mjs), CPUS_PER_TASK (default 1, passed to
# --jobs), SBATCH_ARGS (more sbatch options: partition, account, time), NO_WAIT=1 (submit and print the job id).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export BITEXT="${BITEXT:-node $(cd "$here/../.." && pwd)/bin/bitext.mjs}"
export CPUS_PER_TASK="${CPUS_PER_TASK:-1}"

die() { echo "bitext-slurm: $*" >&2; exit 2; }
shards() { cat "$1/shards/count" 2>/dev/null || die "$1/shards/count is missing: run split first"; }

submit() { # submit NAME WORKDIR TASKS SCRIPT ARGS…
  local name="$1" work="$2" tasks="$3" script="$4"; shift 4
  mkdir -p "$work/logs"
  local wait=(--wait); [ "${NO_WAIT:-}" = 1 ] && wait=(--parsable)
  # shellcheck disable=SC2086 # SBATCH_ARGS is a list of options
  sbatch "${wait[@]}" --job-name="bitext-$name" --array="$tasks" --cpus-per-task="$CPUS_PER_TASK" \
    --output="$work/logs/$name-%a.log" --export=ALL ${SBATCH_ARGS:-} "$script" "$@"
}

cmd="${1:-}"; shift || true
case "$cmd" in
  split)
    [ $# -eq 3 ] || die "usage: split INPUT WORKDIR SHARDS"
    input="$1"; work="$2"; n="$3"
    [ -f "$input" ] || die "$input: no such file"
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "SHARDS must be a whole number of at least 1, got \"$n\""
    mkdir -p "$work/shards"
    rm -f "$work"/shards/[0-9][0-9][0-9][0-9]
    split -d -a 4 -n "l/$n" "$input" "$work/shards/"
    echo "$n" > "$work/shards/count"
    ;;
  align)
    [ $# -ge 2 ] || die "usage: align WORKDIR PASS [TASKS]"
    work="$1"; pass="$2"; n="$(shards "$work")"
    [ "$pass" = 1 ] || [ "$pass" = 2 ] || die "PASS must be 1 or 2, got \"$pass\""
    [ "$pass" = 1 ] || [ -f "$work/lexicon-pass2.tsv" ] || die "$work/lexicon-pass2.tsv is missing: run learn before pass 2"
    mkdir -p "$work/pass$pass"
    submit "pass$pass" "$work" "${3:-0-$((n - 1))}" "$here/align-task.sh" "$work" "$pass"
    ;;
  learn)
    [ $# -eq 1 ] || die "usage: learn WORKDIR"
    work="$1"; n="$(shards "$work")"
    mkdir -p "$work/counts"
    NO_WAIT='' submit learn "$work" "0-$((n - 1))" "$here/learn-task.sh" "$work"
    shopt -s nullglob
    files=("$work"/counts/[0-9][0-9][0-9][0-9].tsv)
    [ ${#files[@]} -gt 0 ] || die "no counts in $work/counts: did pass 1 align anything?"
    $BITEXT lexicon merge "${files[@]}" --out "$work/lexicon.tsv"
    # What pass 2 reads of the total, a small part of it: every pass-2 task reads the file whole.
    $BITEXT lexicon prune "$work/lexicon.tsv" --out "$work/lexicon-pass2.tsv"
    ;;
  merge)
    [ $# -eq 2 ] || die "usage: merge WORKDIR PASS"
    work="$1"; pass="$2"; n="$(shards "$work")"
    out="$work/pass$pass.jsonl"; : > "$out.part"
    for ((k = 0; k < n; k++)); do
      f="$work/pass$pass/$(printf %04d "$k").jsonl"
      [ -f "$f" ] || die "$f is missing: task $k of pass $pass did not run (submit it again: align $work $pass $k)"
      cat "$f" >> "$out.part"
    done
    in_lines=$(cat "$work"/shards/[0-9][0-9][0-9][0-9] | wc -l); out_lines=$(wc -l < "$out.part")
    [ "$in_lines" = "$out_lines" ] || die "pass $pass has $out_lines records for $in_lines input lines: some task stopped early; submit it again (see $work/logs)"
    mv "$out.part" "$out"
    ;;
  run)
    [ $# -ge 2 ] || die "usage: run INPUT WORKDIR [SHARDS]"
    input="$1"; work="$2"; n="${3:-$(sinfo -h -o %D | head -1)}"
    "$0" split "$input" "$work" "$n"
    "$0" align "$work" 1
    "$0" merge "$work" 1
    "$0" learn "$work"
    "$0" align "$work" 2
    "$0" merge "$work" 2
    cp "$work/pass2.jsonl" "$work/aligned.jsonl"
    ;;
  *) die "usage: bitext-slurm.sh run|split|align|learn|merge … (see the top of $0)" ;;
esac
