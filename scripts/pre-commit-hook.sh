#!/bin/sh
# The pre-commit hook (.pre-commit-hooks.yaml): pre-commit runs it from its own clone of
# Pipewright, in the repository being committed to, with the staged files as arguments. The
# clone's dependencies are installed once, on first use, without install scripts (no Electron
# binary is needed to check files); later runs start at once.
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd) || exit 2
if [ ! -f "$here/node_modules/tsx/package.json" ]; then
  echo "pipewright: installing the checker's dependencies once (npm ci)..." >&2
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error --prefix "$here" >&2 || exit 2
fi
exec node "$here/bin/pipewright.cjs" validate "$@"
