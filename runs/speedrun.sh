#!/usr/bin/env bash
# The speedrun from a terminal (run it under `screen` or `tmux`, so that a dropped connection does not end it):
# the pipeline notebook nbs/99_speedrun.ipynb run by papermill, its cells' output streamed here as they run.
#   bash runs/speedrun.sh                          # the record preset on every visible GPU
#   bash runs/speedrun.sh -p depth 26 -p run d26   # any parameter of the notebook's parameters cell
#   bash runs/speedrun.sh -p preset d12            # a ~5-minute smoke run first is money well spent
#   NAME=myrun bash runs/speedrun.sh               # the run's folder: runs/myrun/ (default: speedrun-<date>-<time>)
# Everything lands in runs/$NAME/: the executed notebook, logs, plots, report.md, the submission text.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -z "${VIRTUAL_ENV:-}" ] && [ -f .venv/bin/activate ] && . .venv/bin/activate  # the project's environment, if not active already
NAME=${NAME:-speedrun-$(date +%Y%m%d-%H%M)}
mkdir -p "runs/$NAME"
exec python -m papermill nbs/99_speedrun.ipynb "runs/$NAME/$NAME.ipynb" --log-output "$@"
