#!/usr/bin/env bash
# Packs tone-drift and checks it as a consumer would see it: install the tarball in a fresh
# project, import it as ESM, require it as CommonJS, type-check a TypeScript consumer, bundle
# the core for the browser (no Node built-ins, within the size budget), run the bin, and run
# publint and arethetypeswrong. Fails on the first problem.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step() { printf '\n== %s\n' "$1"; }

step "build and pack"
npx tsup --silent
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "packed $tarball ($(du -k "$work/$tarball" | cut -f1) KB)"

step "no install scripts in the packed package.json"
tar -xzf "$work/$tarball" -C "$work" package/package.json
node -e '
const s = require(process.argv[1]).scripts || {};
const bad = ["preinstall", "install", "postinstall"].filter((k) => s[k]);
if (bad.length) { console.error("install scripts found: " + bad.join(", ")); process.exit(1); }
console.log("none");
' "$work/package/package.json"

step "install the tarball in a fresh project"
mkdir -p "$work/consumer"
cd "$work/consumer"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$work/$tarball"

step "import as ESM"
node --input-type=module -e "
import { analyze, formatText } from 'tone-drift';
import { runCli } from 'tone-drift/node';
const r = analyze({ rounds: [{ answers: ['I think I led it.'] }, { answers: ['When I start, my team will move fast.'] }] });
if (r.schemaVersion !== 1 || typeof runCli !== 'function' || !formatText(r).includes('tone-drift')) process.exit(1);
console.log('ok', r.rounds[1].scores);
"

step "require as CommonJS"
node -e "
const { analyze, ToneDriftError } = require('tone-drift');
const { runCli } = require('tone-drift/node');
try { analyze({ rounds: [] }); process.exit(1); } catch (e) { if (!(e instanceof ToneDriftError) || e.code !== 'NO_ROUNDS') process.exit(1); }
if (typeof runCli !== 'function') process.exit(1);
console.log('ok');
"

step "type-check a TypeScript consumer of the core, without Node types"
cat > core.ts <<'TS'
import { analyze, formatText, type Report } from 'tone-drift';
const report: Report = analyze({ rounds: [{ answers: ['I led it.'] }] });
export const text: string = formatText(report);
TS
cat > tsconfig.core.json <<'TS'
{ "compilerOptions": { "strict": true, "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "lib": ["es2022", "dom"], "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["core.ts"] }
TS
"$root/node_modules/.bin/tsc" -p tsconfig.core.json
echo ok

step "type-check a Node consumer of tone-drift/node"
npm install --no-audit --no-fund --silent --no-save "@types/node@$(node -p "require('$root/node_modules/@types/node/package.json').version")"
cat > consumer.ts <<'TS'
import { analyze, type Report, type Finding, ToneDriftError } from 'tone-drift';
import { runCli, type CliIO } from 'tone-drift/node';
const report: Report = analyze({ candidate: 'Sam', rounds: [{ turns: [{ speaker: 'Sam', text: 'Hi.' }] }] });
const first: Finding | undefined = report.rounds[0]?.findings[0];
const io: CliIO = { stdout: () => {}, stderr: () => {}, readFile: () => '', env: {} };
const code: number | Promise<number> = runCli(['--version'], io);
export { first, code, ToneDriftError };
TS
cat > tsconfig.json <<'TS'
{ "compilerOptions": { "strict": true, "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "noEmit": true, "skipLibCheck": false, "types": ["node"] }, "files": ["consumer.ts"] }
TS
"$root/node_modules/.bin/tsc" -p tsconfig.json
echo ok

step "bundle the core for the browser"
echo "import { analyze, formatText } from 'tone-drift'; console.log(formatText(analyze({ rounds: [{ answers: ['hi'] }] })));" > browser.js
"$root/node_modules/.bin/esbuild" browser.js --bundle --platform=browser --format=esm --minify --outfile=browser.bundle.js --log-level=warning
if grep -Eq 'require\("(node:)?(fs|path|os|worker_threads|child_process|readline)"\)|from"node:' browser.bundle.js; then echo "the browser bundle pulls in a Node built-in"; exit 1; fi
gz=$(gzip -9 -c browser.bundle.js | wc -c)
budget=$(node -p "require('$root/scripts/size-budget.json').coreBrowserGzipBytes")
echo "core browser bundle: $(wc -c < browser.bundle.js) bytes, $gz gzipped (budget $budget)"
if [ "$gz" -gt "$budget" ]; then echo "over the size budget"; exit 1; fi

step "run the bin"
npx --no-install tone-drift --version
npx --no-install tone-drift analyze "$root/examples/process.json" --quiet --fail-on none

step "publint and arethetypeswrong"
cd "$root"
npx publint --strict
npx attw "$work/$tarball" --profile node16

printf '\npackage checks passed\n'
