// Every GraphQL example in the README is valid against the schema the server builds, so the docs
// cannot drift from the API (the operations in operations/ are checked the same way by codegen).
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse, validate } from 'graphql';
import { aftercareSchema } from '../../resolvers/schema';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

it('finds the README examples', () => {
  expect(examples.length).toBeGreaterThanOrEqual(5);
});

it.each(examples.map((e, i) => [i + 1, e.split('\n')[0]]))('example %i (%s) validates against the schema', async (i) => {
  const errors = validate(await aftercareSchema(), parse(examples[Number(i) - 1])).map((e) => e.message);
  expect(errors).toEqual([]);
});

it('gives every README mutation example an idempotencyKey on each write', () => {
  const writes = examples.filter((e) => /^\s*mutation\b/m.test(e) && /input: \{/.test(e));
  expect(writes.length).toBeGreaterThan(0);
  for (const w of writes) {
    const inline = [...w.matchAll(/\w+\(input: \{[\s\S]*?\}\) \{/g)].map((m) => m[0]);
    for (const call of inline) expect(call).toMatch(/idempotencyKey:/);
  }
});
