// GET /metrics over HTTP: after real queries, consumes, a replay, a refusal and a sweep, the
// scrape shows each counter with the right labels and values; operation names are bounded, no
// user id (or order id, key, token) appears; METRICS_TOKEN restricts access.
import { Checkpoint } from '../../src/context';
import { MAX_OPERATION_NAMES } from '../../src/http/metrics';
import { assignMembership, basicCatalog, recordOrder, setRule } from '../support/fixtures';
import { onMysql, startTestServer, TestServer } from '../support/harness';
import { CONSUME, HOLD, newKey } from '../support/usage-ops';

const TOKEN = 'metrics-token-for-the-tests';
const USER = 'u-7f3a9c-metrics';
const ORDER = 'o-7f3a9c-metrics';
let s: TestServer;
/** In use when idle: on MySQL/MariaDB the background poll or sweep may hold a connection for a moment. */
const IDLE_IN_USE = onMysql() ? 1 : 0;

/** Parks the next write that arms it at 'before-lock' (inside its transaction) until released. */
let park: { arrived: () => void; release: Promise<void> } | null = null;
const checkpoint: Checkpoint = async (point) => {
  if (point !== 'before-lock' || !park) return;
  const p = park;
  park = null;
  p.arrived();
  await p.release;
};

beforeAll(async () => {
  s = await startTestServer({ config: { metricsToken: TOKEN, holdSweepSeconds: 1 }, checkpoint });
  await basicCatalog(s);
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 2, period: 'CALENDAR_MONTH' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 10000, period: 'LIFETIME' });
  await assignMembership(s, { userId: USER, tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
  await recordOrder(s, { id: ORDER, userId: USER, amount: 9900, placedAt: '2026-11-20T00:00:00Z' });
}, 60_000);
afterAll(() => s?.stop());

const metricsUrl = (server: TestServer) => server.url.replace(/\/graphql$/, '/metrics');
const scrape = async (server = s, authorization: string | null = `Bearer ${TOKEN}`) => {
  const res = await fetch(metricsUrl(server), { headers: authorization ? { authorization } : {} });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
};

/** The value of one sample (a metric with exactly these labels, or with at least `labels` if `partial`). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.keys(have).length === Object.keys(labels).length && Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}
const labelValues = (text: string, name: string, label: string) =>
  new Set([...text.matchAll(new RegExp(`^${name}\\{[^}]*\\b${label}="([^"]*)"`, 'gm'))].map((m) => m[1]));

const consume = (key: string, as: 'cs_agent' = 'cs_agent') =>
  s.gql(`mutation Use($input: ConsumeEntitlementInput!) { consumeEntitlement(input: $input) { usage { id } userErrors { code } } }`,
    { input: { userId: USER, benefitCode: 'FREE_RETURN_SHIPPING', orderId: ORDER, idempotencyKey: key, reason: 'metrics test' } }, as);

describe('after real traffic', () => {
  let text: string;
  const key = newKey('metrics');

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) expect((await s.gql(`query MemberView($id: ID!) { user(id: $id) { id } }`, { id: USER }, 'cs_agent')).errors).toBeUndefined();
    await s.gql(`{ __typename }`);
    await s.gql(`query Missing { tier(code: "NOPE") { code } }`);
    await s.gql(`{ tiers { code `); // does not parse
    await s.gql(`query Secret_${USER.replace(/-/g, '_')} { tiers { password } }`); // does not validate: its name is never a label
    expect((await s.gql(`{ __typename }`, {}, { token: 'not.a.jwt' })).status).toBe(401);

    expect((await consume(key)).data.consumeEntitlement.userErrors).toEqual([]);
    expect((await consume(newKey('metrics'))).data.consumeEntitlement.userErrors).toEqual([]);
    expect((await consume(newKey('metrics'))).data.consumeEntitlement.userErrors).toEqual([{ code: 'QUOTA_EXHAUSTED' }]);
    const replay = await consume(key);
    expect(replay.data.consumeEntitlement.userErrors).toEqual([]);

    // A hold of one minute, then the clock moves past it: the next sweep round expires it.
    const hold = await s.gql(HOLD, { input: { userId: USER, benefitCode: 'COMPENSATION_BUDGET', amount: 500, expiresInSeconds: 60, idempotencyKey: newKey('hold') } }, 'cs_agent');
    expect(hold.data.holdEntitlement.userErrors).toEqual([]);
    s.clock.advance(120_000);
    const deadline = Date.now() + 10_000;
    while (!(sample((await scrape()).text, 'aftercare_hold_sweep_expired_holds_total')! >= 1) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    text = (await scrape()).text;
  }, 60_000);

  it('counts requests by operation name and outcome', () => {
    const requests = (labels: Record<string, string>) => sample(text, 'aftercare_graphql_requests_total', labels);
    expect(requests({ operation: 'MemberView', outcome: 'ok' })).toBe(2);
    expect(requests({ operation: 'anonymous', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(requests({ operation: 'Missing', outcome: 'NOT_FOUND' })).toBe(1);
    expect(requests({ operation: 'none', outcome: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(requests({ operation: 'none', outcome: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(requests({ operation: 'none', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(requests({ operation: 'Use', outcome: 'ok' })).toBe(4); // a refusal is a userError: the request itself is ok
    expect(sample(text, 'aftercare_graphql_request_duration_seconds_count', { operation: 'MemberView', outcome: 'ok' })).toBe(2);
    expect(sample(text, 'aftercare_graphql_request_duration_seconds_bucket', { operation: 'MemberView', outcome: 'ok', le: '+Inf' })).toBe(2);
    expect(sample(text, 'aftercare_graphql_request_duration_seconds_sum', { operation: 'MemberView', outcome: 'ok' })).toBeGreaterThan(0);
  });

  it('counts usage decisions by code, replays apart', () => {
    expect(sample(text, 'aftercare_usage_writes_total', { operation: 'consumeEntitlement', outcome: 'ok' })).toBe(2);
    expect(sample(text, 'aftercare_usage_writes_total', { operation: 'consumeEntitlement', outcome: 'QUOTA_EXHAUSTED' })).toBe(1);
    expect(sample(text, 'aftercare_usage_writes_total', { operation: 'holdEntitlement', outcome: 'ok' })).toBe(1);
    expect(sample(text, 'aftercare_idempotent_replays_total', { operation: 'consumeEntitlement' })).toBe(1);
  });

  it('counts sweeps, expired holds and catalog refreshes', async () => {
    expect(sample(text, 'aftercare_hold_sweep_expired_holds_total')).toBe(1);
    expect(sample(text, 'aftercare_hold_sweep_rounds_total', { result: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'aftercare_hold_sweep_rounds_total', { result: 'failed' })).toBeUndefined();
    // loaded on first use; a configuration write here makes the next read load it again
    const before = sample((await scrape()).text, 'aftercare_catalog_refreshes_total')!;
    expect(before).toBeGreaterThanOrEqual(1);
    await setRule(s, { tierCode: 'SILVER', benefitCode: 'FREE_RETURN_SHIPPING', limit: 1, period: 'CALENDAR_MONTH' });
    expect((await s.gql(`{ tiers { code } }`)).errors).toBeUndefined();
    expect(sample((await scrape()).text, 'aftercare_catalog_refreshes_total')).toBe(before + 1);
  });

  it("includes the process's default metrics and the pool gauges, with what they mean on this database", () => {
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'aftercare_db_pool_connections_in_use')).toBeLessThanOrEqual(IDLE_IN_USE);
    expect(sample(text, 'aftercare_db_pool_waiting')).toBe(0);
    expect(text).toMatch(onMysql() ? /# HELP aftercare_db_pool_waiting Requests waiting for a pooled/ : /# HELP aftercare_db_pool_waiting SQLite has no pool/);
  });

  it('labels no user id, order id, key or token, and no name of an operation that did not validate', () => {
    for (const secret of [USER, ORDER, USER.replace(/-/g, '_'), key, TOKEN, 'cs-1']) expect(text).not.toContain(secret);
  });
});

it('shows a write transaction in use while one is open', async () => {
  let arrived!: () => void;
  let release!: () => void;
  const there = new Promise<void>((r) => (arrived = r));
  park = { arrived, release: new Promise<void>((r) => (release = r)) };
  const write = s.gql(CONSUME, { input: { userId: USER, benefitCode: 'COMPENSATION_BUDGET', amount: 100, idempotencyKey: newKey('parked') } }, 'cs_agent');
  await there;
  const during = (await scrape()).text;
  release();
  expect((await write).data.consumeEntitlement.userErrors).toEqual([]);
  expect(sample(during, 'aftercare_db_pool_connections_in_use')).toBeGreaterThanOrEqual(1);
  expect(sample((await scrape()).text, 'aftercare_db_pool_connections_in_use')).toBeLessThanOrEqual(IDLE_IN_USE);
});

it(`labels at most ${MAX_OPERATION_NAMES} operation names, then "other"`, async () => {
  for (let i = 0; i < MAX_OPERATION_NAMES + 5; i++) await s.gql(`query Flood${i} { __typename }`);
  const { text } = await scrape();
  const names = labelValues(text, 'aftercare_graphql_requests_total', 'operation');
  expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 3); // + anonymous, none, other
  expect(names.has('other')).toBe(true);
  expect(sample(text, 'aftercare_graphql_requests_total', { operation: 'other', outcome: 'ok' })).toBeGreaterThanOrEqual(5);
  expect(names.has('MemberView')).toBe(true); // names seen first keep their label
});

describe('METRICS_TOKEN', () => {
  it('refuses a scrape without the token, or with another, with a 401 JSON error', async () => {
    for (const authorization of [null, 'Bearer wrong-token', TOKEN, `Bearer ${TOKEN}x`, `Bearer ${await s.token('ops_admin')}`]) {
      const r = await scrape(s, authorization);
      expect(r.status).toBe(401);
      expect(r.type).toMatch(/application\/json/);
      expect(JSON.parse(r.text).errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', requestId: expect.any(String) });
    }
    const ok = await scrape();
    expect(ok.status).toBe(200);
    expect(ok.type).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('leaves /metrics open when it is not set', async () => {
    const open = await startTestServer({ config: { holdSweepSeconds: 0 } });
    try {
      await open.gql(`query Hello { __typename }`);
      const r = await scrape(open, null);
      expect(r.status).toBe(200);
      // every app has its own registry: this one saw only its own request
      expect(sample(r.text, 'aftercare_graphql_requests_total', { operation: 'Hello', outcome: 'ok' })).toBe(1);
      expect(sample(r.text, 'aftercare_graphql_requests_total', { operation: 'MemberView', outcome: 'ok' })).toBeUndefined();
    } finally {
      await open.stop();
    }
  });
});
