// `npm run schema:check`: regenerates every codegen output in memory (same codegen.yml as
// `npm run codegen`: schema.graphql and each team's clients/<team>/ graphql.ts, gql.ts, index.ts and
// persisted-documents.json) and fails when the files in the checkout differ, are missing, or when an
// output folder holds a file codegen no longer writes (an operation removed or renamed). In CI the
// checkout is what is committed, so a schema or operation change without a re-run of `npm run codegen`
// fails. Nothing is written.
const fs = require('node:fs');
const path = require('node:path');
const { loadContext, generate } = require('@graphql-codegen/cli');

function firstDifference(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) {
      return `  line ${i + 1}\n    committed:   ${JSON.stringify(x[i] ?? '<end of file>')}\n    regenerated: ${JSON.stringify(y[i] ?? '<end of file>')}`;
    }
  }
  return '';
}

async function main() {
  const root = path.join(__dirname, '..');
  process.chdir(root);
  const context = await loadContext(path.join(root, 'codegen.yml'));
  context.updateConfig({ silent: true });
  const outputs = await generate(context, false);
  const stale = [];
  for (const { filename, content } of outputs) {
    const file = path.resolve(root, filename);
    const rel = path.relative(root, file);
    const onDisk = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (onDisk === null) stale.push(`${rel}: missing`);
    else if (onDisk !== content) stale.push(`${rel}: differs from the code-first schema / operations\n${firstDifference(onDisk, content)}`);
  }
  // Folder outputs (the client preset's clients/<team>/): a committed file codegen no longer writes
  // would still be imported or copied by clients, so it counts as stale too.
  const written = new Set(outputs.map((o) => path.resolve(root, o.filename)));
  for (const target of Object.keys(context.getConfig().generates)) {
    const dir = path.resolve(root, target);
    if (!target.endsWith('/') || !fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      if (!written.has(file)) stale.push(`${path.relative(root, file)}: not generated any more (delete it)`);
    }
  }
  if (stale.length > 0) {
    process.stderr.write(
      `schema:check FAILED — generated files are out of date:\n${stale.map((s) => `- ${s}`).join('\n')}\n` +
        'Run `npm run codegen` and commit schema.graphql and clients/.\n',
    );
    process.exit(1);
  }
  process.stdout.write(`schema:check OK — ${outputs.map((o) => path.relative(root, path.resolve(root, o.filename))).join(', ')} match the code.\n`);
}

main().catch((err) => {
  process.stderr.write(`schema:check FAILED — codegen error (an operation may use a field the schema lacks):\n${err && err.message ? err.message : String(err)}\n`);
  process.exit(1);
});
