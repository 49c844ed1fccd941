#!/usr/bin/env bash
# Generates a migration against a fresh scratch database on the machine's PostgreSQL, one at a time
# (several people may be generating at once): `scripts/generate-migration-fresh.sh <PascalName>`.
set -euo pipefail
name="${1:?usage: $0 <PascalName>}"
cd "$(dirname "$0")/.."
exec 9>/tmp/bochum-migration.lock
flock 9
db="mig_$(date +%s%N)"
psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db"
trap 'psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
npx tsc -p tsconfig.build.json || echo "(type errors above; generating from the emitted JavaScript anyway)"
DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db" node dist/src/database/cli.js generate "$name"
