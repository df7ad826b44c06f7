#!/usr/bin/env bash
# One array task of the map step: lexicon counts from the confident links of shard $SLURM_ARRAY_TASK_ID's pass 1.
set -euo pipefail
work="$1"
shard="$(printf %04d "$SLURM_ARRAY_TASK_ID")"
in="$work/pass1/$shard.jsonl"
# An empty shard (fewer input lines than shards) has nothing to count.
if grep -q '"status":"ok"' "$in"; then
  $BITEXT batch learn --in "$in" --out "$work/counts/$shard.tsv"
fi
