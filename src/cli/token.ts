// `npm run token -- --role ops_admin --sub alice [--expires 8h]`: prints a bearer token.
import { parseArgs } from 'node:util';
import { jwtSecretFor } from '../auth/dev-secret';
import { isRole } from '../auth/roles';
import { signToken } from '../auth/token';
import { loadConfig } from '../config';

async function main() {
  const { values } = parseArgs({
    options: { role: { type: 'string', multiple: true }, sub: { type: 'string' }, expires: { type: 'string', default: '30d' } },
  });
  const roles = values.role ?? [];
  if (!values.sub || roles.length === 0 || !roles.every(isRole)) {
    throw new Error('usage: npm run token -- --role <customer|cs_agent|ops_admin|service> [--role …] --sub <id> [--expires 8h]');
  }
  process.stdout.write(`${await signToken(jwtSecretFor(loadConfig()), values.sub, roles.filter(isRole), values.expires)}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
