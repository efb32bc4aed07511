#!/usr/bin/env bash
# One command on a fresh machine: the pinned pnpm, the locked dependencies, Chromium for the docs
# test, then the main job (lint, generate, build docs) through turbo.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
bash scripts/ensure-pnpm.sh
pnpm install --frozen-lockfile
bash scripts/ensure-chromium.sh
pnpm build
