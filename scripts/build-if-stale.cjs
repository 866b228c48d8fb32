#!/usr/bin/env node
// `npm start`, `npm run token`, `npm run verify-ledger`: compile only when a source is newer than the
// last build, so a command run again with nothing changed starts at once (tsc itself needs ~5 s
// just to learn that nothing changed). The build stamp is tsc's own dist/.tsbuildinfo.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const stamp = path.join(root, 'dist', '.tsbuildinfo');
const inputs = ['src', 'entities', 'resolvers', 'migrations', 'ormconfig.ts', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function newest(p) {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((name) => newest(path.join(p, name))));
}

const built = fs.statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (inputs.some((p) => newest(path.join(root, p)) > built)) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  fs.utimesSync(stamp, new Date(), new Date()); // tsc leaves the stamp alone when nothing needed emitting
}
