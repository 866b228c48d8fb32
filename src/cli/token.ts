// `npm run token -- --role ops_admin --sub alice [--expires 8h]`: prints a bearer token
// (a merchant's also takes `--merchant <merchantId>`).
import { parseArgs } from 'node:util';
import { jwtSecretFor } from '../auth/dev-secret';
import { isRole } from '../auth/roles';
import { signToken } from '../auth/token';
import { loadConfig } from '../config';

async function main() {
  const { values } = parseArgs({
    options: { role: { type: 'string', multiple: true }, sub: { type: 'string' }, merchant: { type: 'string' }, expires: { type: 'string', default: '30d' } },
  });
  const roles = values.role ?? [];
  if (!values.sub || roles.length === 0 || !roles.every(isRole)) {
    throw new Error('usage: npm run token -- --role <customer|cs_agent|ops_admin|service|merchant> [--role …] --sub <id> [--merchant <merchantId>] [--expires 8h]');
  }
  if (roles.includes('merchant') && !values.merchant) throw new Error('a merchant token needs --merchant <merchantId>');
  const claims = values.merchant ? { merchantId: values.merchant } : {};
  process.stdout.write(`${await signToken(jwtSecretFor(loadConfig()), values.sub, roles.filter(isRole), values.expires, claims)}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
