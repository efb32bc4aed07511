#!/usr/bin/env bash
# Installs the pnpm version package.json pins, unless it is already the one on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
wanted=$(node -p "require('./package.json').packageManager.replace(/^pnpm@/, '')")
if [ "$(pnpm --version 2>/dev/null || true)" != "$wanted" ]; then
  npm install --global --no-fund --no-audit "pnpm@$wanted"
fi
