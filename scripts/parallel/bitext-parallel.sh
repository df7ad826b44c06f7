#!/usr/bin/env bash
# bitext with GNU parallel, on one machine or on ssh hosts: the same two passes as scripts/slurm/, without a
# scheduler. parallel cuts INPUT into blocks of whole lines (--pipepart), runs one `bitext batch align --jobs 1` per
# block on each job slot, and --keep-order writes the results in input order, so the output is the bytes one
# process would write.
#
#   bitext-parallel.sh INPUT WORKDIR [JOBS]     -> WORKDIR/pass1.jsonl, WORKDIR/lexicon.tsv (and its pruned
#                                                  lexicon-pass2.tsv), WORKDIR/aligned.jsonl
#
# JOBS defaults to the number of cores. For ssh hosts set PARALLEL_HOSTS="--sshloginfile hosts.txt
# --workdir /shared/path" (every host needs the checkout and node at the same place, and INPUT on a shared disk).
# Environment: BITEXT (the command, default: node <checkout>/bin/bitext.mjs).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BITEXT="${BITEXT:-node $(cd "$here/../.." && pwd)/bin/bitext.mjs}"
[ $# -ge 2 ] || { echo "usage: bitext-parallel.sh INPUT WORKDIR [JOBS]" >&2; exit 2; }
input="$1"; work="$2"; jobs="${3:-$(nproc)}"
[ -f "$input" ] || { echo "bitext-parallel: $input: no such file" >&2; exit 2; }
command -v parallel >/dev/null || { echo "bitext-parallel: GNU parallel is not installed (apt-get install -y parallel)" >&2; exit 2; }
mkdir -p "$work"

# Four blocks per job slot: a slot that drew long documents does not hold up the others for long.
run_pass() { # run_pass OUT [--lexicon FILE]
  local out="$1"; shift
  # shellcheck disable=SC2086 # PARALLEL_HOSTS is a list of options
  parallel --will-cite --pipepart -a "$input" --block -4 --keep-order --jobs "$jobs" ${PARALLEL_HOSTS:-} \
    "$BITEXT batch align --jobs 1 $* ; [ \$? -le 1 ]" > "$out.part"
  mv "$out.part" "$out"
}

run_pass "$work/pass1.jsonl"
$BITEXT batch learn --in "$work/pass1.jsonl" --out "$work/lexicon.tsv"
$BITEXT lexicon prune "$work/lexicon.tsv" --out "$work/lexicon-pass2.tsv"
run_pass "$work/aligned.jsonl" --lexicon "$work/lexicon-pass2.tsv"
