// Waiting for a pooled connection is bounded by the request deadline (src/db/pool.ts): with every
// connection busy, a query gives up after REQUEST_TIMEOUT_MS with a retryable SERVICE_UNAVAILABLE,
// keeps nothing of itself in mysql2's queue (its request can be collected while the pool is still
// busy), and the connection it would have got later goes back to the pool. MySQL/MariaDB only:
// SQLite has no pool.
import v8 from 'node:v8';
import vm from 'node:vm';
import { poolUsage } from '../../src/db/pool';
import { dropDatabase, freshDatabaseUrl, onMysql, startTestServer, TestServer } from '../support/harness';

const describeMysql = onMysql() ? describe : describe.skip;

const DEADLINE_MS = 1000;
/** A read that needs the database (the member's facts), whatever the catalog cache holds. */
const READ = 'query($id: ID!) { user(id: $id) { entitlements { status } } }';
/** How long the test keeps both connections busy. */
const BUSY_S = 4;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

describeMysql('waiting for a pooled connection', () => {
  let s: TestServer;
  beforeAll(async () => {
    const url = new URL(freshDatabaseUrl());
    url.searchParams.set('connectionLimit', '2');
    s = await startTestServer({ databaseUrl: url.toString(), config: { requestTimeoutMs: DEADLINE_MS, holdSweepSeconds: 0, catalogRefreshMs: 0 } });
  });
  afterAll(async () => {
    await s.stop();
    await dropDatabase(s.databaseUrl);
  });

  test('gives up at the deadline, keeps nothing of its caller, and hands the connection back later', async () => {
    await s.db.query('SELECT 1'); // both connections may be created lazily; warm one
    const busy = [s.db.query(`SELECT SLEEP(${BUSY_S})`), s.db.query(`SELECT SLEEP(${BUSY_S})`)];
    for (const deadline = Date.now() + 3000; poolUsage(s.db).inUse < 2 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    expect(poolUsage(s.db).inUse).toBe(2);

    // What a request leaves behind: here its parameters, which TypeORM's query keeps until it has a connection.
    let params: unknown[] | null = [{ request: 'x'.repeat(1000) }];
    const held = new WeakRef(params);
    const t0 = Date.now();
    const waited = s.db.query('SELECT ? AS x', params).then(() => 'answered', (err) => err);
    params = null;
    expect(poolUsage(s.db).waiting).toBe(1);
    const err = await waited;
    const ms = Date.now() - t0;
    expect(err).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { retryable: true } });
    expect(ms).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(ms).toBeLessThan(DEADLINE_MS + 1500);

    // The pool is still busy, the waiter still queued in mysql2, but it no longer counts, nor holds its caller.
    expect(poolUsage(s.db)).toEqual({ inUse: 2, waiting: 0 });
    await new Promise((r) => setImmediate(r));
    gc();
    expect(held.deref()).toBeUndefined();

    // The sleeps end: the connection the waiter is given goes straight back, none is lost.
    await Promise.all(busy);
    for (const deadline = Date.now() + 2000; poolUsage(s.db).inUse > 0 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    expect(poolUsage(s.db)).toEqual({ inUse: 0, waiting: 0 });
    const pool = (s.db.driver as unknown as { pool: { _allConnections: { length: number }; _freeConnections: { length: number } } }).pool;
    expect(pool._freeConnections.length).toBe(pool._allConnections.length);
    await expect(s.db.query('SELECT 2 AS two')).resolves.toEqual([{ two: 2 }]);
  });

  test('a GraphQL request that cannot get a connection is answered SERVICE_UNAVAILABLE, and the next one is served', async () => {
    const busy = [s.db.query(`SELECT SLEEP(${BUSY_S})`), s.db.query(`SELECT SLEEP(${BUSY_S})`)];
    for (const deadline = Date.now() + 3000; poolUsage(s.db).inUse < 2 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    const t0 = Date.now();
    const r = await s.gql(READ, { id: 'u-1' });
    expect(Date.now() - t0).toBeLessThan(DEADLINE_MS + 1500);
    expect(r.status).toBe(503);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    await Promise.all(busy);
    const after = await s.gql(READ, { id: 'u-1' });
    expect(after.errors).toBeUndefined();
  });
});
