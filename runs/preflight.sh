#!/usr/bin/env bash
# The preflight on a GPU node that has torch but no internet (90a_preflight), in two halves:
#   bash runs/preflight.sh prepare           # on a machine with internet, from a clone: the wheels such a node lacks -> .preflight/whl
#   bash runs/preflight.sh run [--dry-run]   # on the node, from the same clone (copy .preflight/ along): install them, run the preflight
# The node needs Python 3.12 with torch, triton, tiktoken, pyarrow, numpy and pyyaml; fastcore and rustbpe come as wheels.
# Results: runs/preflight/<host>-<date>.json (and $OUT/preflight.json when OUT is set); the last line printed is the headline JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
wheels=.preflight/whl
case "${1:-}" in
  prepare)
    mkdir -p "$wheels"
    python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
      --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
      -d "$wheels" fastcore rustbpe
    ls -1 "$wheels" ;;
  run)
    shift
    ls "$wheels"/*.whl >/dev/null 2>&1 || { echo "no wheels in $wheels: run 'bash runs/preflight.sh prepare' on a machine with internet first"; exit 1; }
    site=$(mktemp -d)
    python3 -m pip install -q --no-index --no-deps --no-compile --target "$site" "$wheels"/*.whl
    PYTHONPATH="$PWD:$site${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1 python3 -m speedrun_lib.bench preflight "$@" ;;
  *) echo "usage: bash runs/preflight.sh prepare | run [--dry-run] [--deadline S] [--only STEP,...]"; exit 2 ;;
esac
