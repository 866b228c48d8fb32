// GraphQL over HTTP (https://graphql.github.io/graphql-over-http/): graphql-http's server audit
// against the real server. Every audit must pass: no error, no warning.
import { AuditResult, serverAudits } from 'graphql-http';
import { startTestServer, TestServer } from '../support/harness';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.stop());

it('passes the graphql-http server audit', async () => {
  const results: AuditResult[] = [];
  for (const audit of serverAudits({ url: s.url, fetchFn: fetch })) results.push(await audit.fn());
  const report = (status: string) => results.filter((r) => r.status === status).map((r) => `${r.name}: ${"reason" in r ? r.reason : ""}`);
  process.stdout.write(`graphql-http audit: ${results.length} audits, ${report('ok').length} ok, ${report('notice').length} notices, ${report('warn').length} warnings, ${report('error').length} errors\n${report('notice').map((n) => `  notice: ${n}`).join('\n')}\n`);
  expect({ errors: report('error'), warnings: report('warn') }).toEqual({ errors: [], warnings: [] });
});
