#!/usr/bin/env bash
# `npm test`: sets up what is missing, then runs every check and test the project has, each with the npm
# command docs/development.md gives for it, so CI runs exactly what a developer runs.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== npm run setup"
npm run -s setup

echo "== npm run validate"
npm run -s validate

echo "== npm run test:unit (engine, tooling, LWC)"
npm run -s test:unit

echo "== npm run test:e2e (npm start in Debian's Chromium)"
npm run -s test:e2e
