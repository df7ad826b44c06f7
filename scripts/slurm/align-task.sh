#!/usr/bin/env bash
# One array task: align shard $SLURM_ARRAY_TASK_ID (pass 1, or pass 2 with the merged lexicon). --resume makes a
# resubmitted task continue after its last finished record. Exit 1 of bitext means "some records are error
# records" (they are in the output, with their reasons): the task still succeeded.
set -uo pipefail
work="$1"; pass="$2"
shard="$(printf %04d "$SLURM_ARRAY_TASK_ID")"
lexicon=(); [ "$pass" = 2 ] && lexicon=(--lexicon "$work/lexicon-pass2.tsv")
$BITEXT batch align --in "$work/shards/$shard" --out "$work/pass$pass/$shard.jsonl" --resume \
  --jobs "${SLURM_CPUS_PER_TASK:-1}" "${lexicon[@]}"
code=$?
[ "$code" = 1 ] && exit 0
exit "$code"
