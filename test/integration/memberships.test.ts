// Memberships may overlap: the highest-ranked covering one decides; else the default tier; else none.
import { AssignMembershipDocument, EndMembershipDocument, OpsTierMembersDocument, OpsTierMembersQuery } from '../../clients/ops/graphql';
import { assignMembership, basicCatalog } from '../support/fixtures';
import { errorCode, GqlResult, printed, rowCounts, startTestServer, TestServer } from '../support/harness';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  s.clock.set('2026-06-01T00:00:00Z');
  await basicCatalog(s);
});
afterAll(() => s.stop());

// The ops console's documents, as printed and sent (untyped here: some inputs are deliberately invalid).
const ASSIGN = printed(AssignMembershipDocument);
const END = printed(EndMembershipDocument);
const tierAt = async (userId: string, at?: string) =>
  (await s.gql(`query($id: ID!, $at: DateTime) { user(id: $id) { tier(at: $at) { code } } }`, { id: userId, at }, 'cs_agent')).data.user.tier?.code ?? null;

it('assigns a membership, audited, and reads it back', async () => {
  const r = await s.gql(ASSIGN, { input: { userId: 'u-anna', tierCode: 'SILVER', startsAt: '2026-01-01T00:00:00Z', source: 'PURCHASE' } });
  expect(r.data.assignMembership).toMatchObject({
    membership: { id: expect.any(String), userId: 'u-anna', startsAt: '2026-01-01T00:00:00.000Z', endsAt: null, source: 'PURCHASE', tier: { code: 'SILVER' } },
    userErrors: [],
  });
  const audit = await s.gql(`{ auditLog(first: 1) { edges { node { action entityId after } } } }`);
  expect(audit.data.auditLog.edges[0].node).toMatchObject({ action: 'membership.assign', entityId: r.data.assignMembership.membership.id, after: { userId: 'u-anna', tierCode: 'SILVER' } });
});

it('overlapping memberships: the highest rank covering the instant wins', async () => {
  await assignMembership(s, { userId: 'u-anna', tierCode: 'GOLD', startsAt: '2026-03-01T00:00:00Z', endsAt: '2026-04-01T00:00:00Z', source: 'PROMOTION' });
  expect(await tierAt('u-anna', '2026-02-28T23:59:59.999Z')).toBe('SILVER');
  expect(await tierAt('u-anna', '2026-03-01T00:00:00Z')).toBe('GOLD');
  expect(await tierAt('u-anna', '2026-03-31T23:59:59.999Z')).toBe('GOLD');
  expect(await tierAt('u-anna', '2026-04-01T00:00:00Z')).toBe('SILVER');
  const memberships = await s.gql(`{ user(id: "u-anna") { memberships { tier { code } source } } }`);
  expect(memberships.data.user.memberships.map((m: { tier: { code: string } }) => m.tier.code)).toEqual(['SILVER', 'GOLD']);
});

it('falls back to the default tier, and to none when no tier is the default', async () => {
  expect(await tierAt('u-nobody')).toBe('REGULAR');
  expect(await tierAt('u-anna', '2025-12-31T00:00:00Z')).toBe('REGULAR');
  await s.gql(`mutation { updateTier(input: { code: "REGULAR", isDefault: false }) { userErrors { code } } }`);
  expect(await tierAt('u-nobody')).toBeNull();
  await s.gql(`mutation { updateTier(input: { code: "REGULAR", isDefault: true }) { userErrors { code } } }`);
});

it('ends a membership by setting endsAt; nothing is deleted', async () => {
  const m = await assignMembership(s, { userId: 'u-ben', tierCode: 'GOLD', startsAt: '2026-05-01T00:00:00Z' });
  const r = await s.gql(END, { input: { membershipId: m.id } });
  expect(r.data.endMembership).toMatchObject({ membership: { id: m.id, endsAt: '2026-06-01T00:00:00.000Z' }, userErrors: [] });
  expect(await tierAt('u-ben')).toBe('REGULAR');
  expect(await tierAt('u-ben', '2026-05-15T00:00:00Z')).toBe('GOLD');
  const again = await s.gql(END, { input: { membershipId: m.id, endsAt: '2026-07-01T00:00:00Z' } });
  expect(again.data.endMembership.userErrors[0].code).toBe('ALREADY_ENDED');
  expect(errorCode(await s.gql(END, { input: { membershipId: 'no-such-membership' } }))).toBe('NOT_FOUND');
});

it('refuses bad input and archived or unknown tiers, writing nothing', async () => {
  const before = await rowCounts(s.db);
  const range = await s.gql(ASSIGN, { input: { userId: 'u-c', tierCode: 'GOLD', startsAt: '2026-05-01T00:00:00Z', endsAt: '2026-04-01T00:00:00Z', source: 'MANUAL' } });
  expect(range.data.assignMembership.userErrors[0]).toMatchObject({ code: 'INVALID_RANGE', field: 'input.endsAt' });
  const badUser = await s.gql(ASSIGN, { input: { userId: '', tierCode: 'GOLD', source: 'MANUAL' } });
  expect(errorCode(badUser)).toBe('BAD_USER_INPUT');
  expect(badUser.errors![0].extensions!.fields[0].field).toBe('input.userId');
  const badSource = await s.gql(ASSIGN, { input: { userId: 'u-c', tierCode: 'GOLD', source: 'LOTTERY' } });
  expect(errorCode(badSource)).toBe('BAD_USER_INPUT');
  expect(errorCode(await s.gql(ASSIGN, { input: { userId: 'u-c', tierCode: 'NOPE', source: 'MANUAL' } }))).toBe('NOT_FOUND');
  expect(await rowCounts(s.db)).toEqual(before);
  await s.gql(`mutation { createTier(input: { code: "OLD", name: "Old", rank: 5 }) { userErrors { code } } }`);
  await s.gql(`mutation { archiveTier(input: { code: "OLD" }) { userErrors { code } } }`);
  const archived = await s.gql(ASSIGN, { input: { userId: 'u-c', tierCode: 'OLD', source: 'MANUAL' } });
  expect(archived.data.assignMembership.userErrors[0]).toMatchObject({ code: 'TIER_ARCHIVED', field: 'input.tierCode' });
});

it('customers see only themselves; membership writes are for ops', async () => {
  const own = await s.gql(`{ me { id tier { code } memberships { id } } }`, {}, { token: await s.token('customer', 'u-anna') });
  expect(own.data.me).toMatchObject({ id: 'u-anna', tier: { code: 'SILVER' } });
  const other = await s.gql(`{ user(id: "u-ben") { id } }`, {}, { token: await s.token('customer', 'u-anna') });
  expect(errorCode(other)).toBe('FORBIDDEN');
  expect((await s.gql(`{ user(id: "u-anna") { id } }`, {}, { token: await s.token('customer', 'u-anna') })).data.user.id).toBe('u-anna');
  for (const role of ['customer', 'cs_agent', 'service'] as const) {
    expect(errorCode(await s.gql(ASSIGN, { input: { userId: 'u-c', tierCode: 'GOLD', source: 'MANUAL' } }, role))).toBe('FORBIDDEN');
    expect(errorCode(await s.gql(END, { input: { membershipId: 'x' } }, role))).toBe('FORBIDDEN');
  }
  expect(errorCode(await s.gql(`{ user(id: "u-anna") { id } }`, {}, 'service'))).toBe('FORBIDDEN');
  expect(errorCode(await s.gql(`{ me { id } }`, {}, null))).toBe('UNAUTHENTICATED');
});

it('lists the members of a tier at an instant, newest first, in pages; for staff only', async () => {
  for (const [i, userId] of ['u-m1', 'u-m2', 'u-m3'].entries()) {
    await assignMembership(s, { userId, tierCode: 'SILVER', startsAt: `2026-02-0${i + 1}T00:00:00Z` });
  }
  const q = OpsTierMembersDocument;
  const members = (r: GqlResult<OpsTierMembersQuery>) => r.data!.tier!.members;
  const page1 = members(await s.op(q, { code: 'SILVER', first: 2, at: '2026-02-15T00:00:00Z' }, 'cs_agent'));
  expect(page1.edges.map((e) => e.node.userId)).toEqual(['u-m3', 'u-m2']);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  const page2 = members(await s.op(q, { code: 'SILVER', first: 2, at: '2026-02-15T00:00:00Z', after: page1.pageInfo.endCursor }, 'cs_agent'));
  expect(page2.edges.map((e) => e.node.userId)).toEqual(['u-m1', 'u-anna']);
  expect(page2.pageInfo.hasNextPage).toBe(false);
  // u-anna's Silver started on Jan 1; on Jan 15 she was the only member
  const early = members(await s.op(q, { code: 'SILVER', first: 2, at: '2026-01-15T00:00:00Z' }, 'ops_admin'));
  expect(early.edges.map((e) => e.node.userId)).toEqual(['u-anna']);
  expect(errorCode(await s.op(q, { code: 'SILVER', first: 2 }, 'customer'))).toBe('FORBIDDEN');
  expect(errorCode(await s.op(q, { code: 'SILVER', first: 2, after: 'bm90LWEtY3Vyc29y' }, 'cs_agent'))).toBe('BAD_USER_INPUT');
});
