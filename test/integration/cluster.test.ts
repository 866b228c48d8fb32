// The multi-process cluster harness works: two real server processes share one database, and
// losing one leaves the other serving.
import { signToken } from '../../src/auth/token';
import { Cluster, startCluster } from '../support/cluster';
import { createTier } from '../support/fixtures';
import { dropDatabase, freshDatabaseUrl, JWT_SECRET, startTestServer } from '../support/harness';

const TIERS = `{ tiers { code } }`;

describe('cluster of server processes on one database', () => {
  const databaseUrl = freshDatabaseUrl();
  let cluster: Cluster | undefined;

  beforeAll(async () => {
    // Migrate and seed in-process, then hand the database to the cluster.
    const s = await startTestServer({ databaseUrl });
    try {
      await createTier(s, { code: 'GOLD', rank: 20 });
    } finally {
      await s.stop();
    }
    cluster = await startCluster({ databaseUrl, processes: 2, now: new Date('2026-11-25T04:00:00.000Z') });
  });

  afterAll(async () => {
    await cluster?.stop();
    await dropDatabase(databaseUrl);
  });

  it('serves the same data from every process, and survives losing one', async () => {
    const c = cluster!;
    expect(c.urls).toHaveLength(2);
    expect(new Set(c.pids).size).toBe(2);
    const token = await signToken(JWT_SECRET, 'ops-1', ['ops_admin']);

    for (const i of [0, 1]) {
      const r = await c.gql(i, TIERS, {}, token);
      expect(r.errors).toBeUndefined();
      expect(r.data.tiers).toEqual([{ code: 'GOLD' }]);
    }

    await c.kill(1, 'SIGKILL');
    expect(c.alive(1)).toBe(false);
    await expect(c.gql(1, TIERS, {}, token)).rejects.toThrow();

    const r = await c.gql(0, TIERS, {}, token);
    expect(r.data.tiers).toEqual([{ code: 'GOLD' }]);

    await c.stop();
    expect(c.alive(0)).toBe(false);
  });
});
