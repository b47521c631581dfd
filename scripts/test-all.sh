#!/usr/bin/env bash
# `npm test`: sets up what is missing, then runs every check and test the project has.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

echo "== npm run validate"
npm run -s validate

echo "== jest (engine, tooling, LWC)"
# Prettier 3 loads its plugins with dynamic import(), which Jest 29 only allows with VM modules on.
NODE_OPTIONS="--experimental-vm-modules --no-warnings=ExperimentalWarning" npx jest --ci

echo "== end-to-end: npm start in Debian's Chromium"
npx jest --ci --config e2e/jest.config.js
