// `npm run schema:check`: regenerates schema.graphql and operations/generated.ts in memory (same
// codegen.yml as `npm run codegen`) and fails when the files in the checkout differ. In CI the checkout
// is what is committed, so a schema or operation change without a re-run of `npm run codegen` fails.
// Nothing is written.
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
  if (stale.length > 0) {
    process.stderr.write(
      `schema:check FAILED — generated files are out of date:\n${stale.map((s) => `- ${s}`).join('\n')}\n` +
        'Run `npm run codegen` and commit schema.graphql and operations/generated.ts.\n',
    );
    process.exit(1);
  }
  process.stdout.write(`schema:check OK — ${outputs.map((o) => path.relative(root, path.resolve(root, o.filename))).join(', ')} match the code.\n`);
}

main().catch((err) => {
  process.stderr.write(`schema:check FAILED — codegen error (an operation may use a field the schema lacks):\n${err && err.message ? err.message : String(err)}\n`);
  process.exit(1);
});
