// Tiers and benefits: each mutation's success, validation failures (nothing written),
// business conflicts as userErrors, role checks and audit entries.
import {
  ArchiveBenefitDocument, ArchiveTierDocument, CreateTierDocument, DefineBenefitDocument, OpsAuditLogDocument, UpdateBenefitDocument, UpdateTierDocument,
} from '../../clients/ops/graphql';
import { basicCatalog } from '../support/fixtures';
import { errorCode, printed, rowCounts, startTestServer, TestServer } from '../support/harness';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  await basicCatalog(s);
});
afterAll(() => s.stop());

// The ops console's documents, as printed and sent (untyped here: some inputs are deliberately invalid).
const CREATE_TIER = printed(CreateTierDocument);
const UPDATE_TIER = printed(UpdateTierDocument);
const ARCHIVE_TIER = printed(ArchiveTierDocument);
const DEFINE = printed(DefineBenefitDocument);
const UPDATE_BENEFIT = printed(UpdateBenefitDocument);

async function lastAudit() {
  const r = await s.op(OpsAuditLogDocument, { first: 1 });
  return r.data!.auditLog.edges[0].node;
}

describe('tiers', () => {
  it('creates a tier and audits it with actor, before and after', async () => {
    const r = await s.gql(CREATE_TIER, { input: { code: 'BLACK', name: 'Black', rank: 30, description: 'Invitation only' } }, { token: await s.token('ops_admin', 'ops-carol') });
    expect(r.data.createTier).toMatchObject({ tier: { code: 'BLACK', name: 'Black', rank: 30, isDefault: false, description: 'Invitation only' }, userErrors: [] });
    expect(await lastAudit()).toMatchObject({ action: 'tier.create', entityType: 'tier', entityId: 'BLACK', actorId: 'ops-carol', actorRoles: ['ops_admin'], before: null, after: { code: 'BLACK', rank: 30 } });
    const list = await s.gql(`{ tiers { code rank } }`, {}, 'customer');
    expect(list.data.tiers.map((t: { code: string }) => t.code)).toEqual(['REGULAR', 'SILVER', 'GOLD', 'BLACK']);
  });

  it('rejects invalid input naming every field, and writes nothing', async () => {
    const before = await rowCounts(s.db);
    const r = await s.gql(CREATE_TIER, { input: { code: 'lower case', name: '', rank: -5 } });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields.map((f: { field: string }) => f.field).sort()).toEqual(['input.code', 'input.name', 'input.rank']);
    expect(r.errors![0].message).toMatch(/input\.code/);
    expect(await rowCounts(s.db)).toEqual(before);
  });

  it('refuses a duplicate code or rank as userErrors, and writes nothing', async () => {
    const before = await rowCounts(s.db);
    const dupCode = await s.gql(CREATE_TIER, { input: { code: 'GOLD', name: 'Gold again', rank: 99 } });
    expect(dupCode.data.createTier.userErrors).toMatchObject([{ code: 'CODE_TAKEN', field: 'input.code', message: expect.stringContaining('GOLD') }]);
    const dupRank = await s.gql(CREATE_TIER, { input: { code: 'PLATINUM', name: 'Platinum', rank: 20 } });
    expect(dupRank.data.createTier).toMatchObject({ tier: null, userErrors: [{ code: 'RANK_TAKEN', field: 'input.rank', message: expect.stringContaining('GOLD') }] });
    expect(await rowCounts(s.db)).toEqual(before);
  });

  it('updates a tier; moving the default unmarks the previous default', async () => {
    const r = await s.gql(UPDATE_TIER, { input: { code: 'SILVER', name: 'Silver+', isDefault: true } });
    expect(r.data.updateTier).toMatchObject({ tier: { code: 'SILVER', name: 'Silver+', rank: 10, isDefault: true }, userErrors: [] });
    const tiers = await s.gql(`{ tiers { code isDefault } }`);
    expect(tiers.data.tiers.filter((t: { isDefault: boolean }) => t.isDefault).map((t: { code: string }) => t.code)).toEqual(['SILVER']);
    await s.gql(UPDATE_TIER, { input: { code: 'REGULAR', isDefault: true } });
    const unknown = await s.gql(UPDATE_TIER, { input: { code: 'NOPE', name: 'x' } });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('archives a tier (never deletes it) and refuses to archive the default', async () => {
    const r = await s.gql(ARCHIVE_TIER, { input: { code: 'BLACK' } });
    expect(r.data.archiveTier.tier.archivedAt).toBe(s.clock.current.toISOString());
    expect((await s.gql(`{ tiers { code } }`)).data.tiers.map((t: { code: string }) => t.code)).not.toContain('BLACK');
    expect((await s.gql(`{ tiers(includeArchived: true) { code } }`)).data.tiers.map((t: { code: string }) => t.code)).toContain('BLACK');
    expect((await s.gql(ARCHIVE_TIER, { input: { code: 'REGULAR' } })).data.archiveTier.userErrors[0].code).toBe('TIER_IS_DEFAULT');
    expect((await s.gql(ARCHIVE_TIER, { input: { code: 'BLACK' } })).data.archiveTier.userErrors[0].code).toBe('TIER_ARCHIVED');
    expect(await lastAudit()).toMatchObject({ action: 'tier.archive', entityId: 'BLACK', before: { archivedAt: null } });
  });

  it('reads one tier by code, NOT_FOUND otherwise', async () => {
    expect((await s.gql(`{ tier(code: "GOLD") { code rank } }`, {}, 'customer')).data.tier).toEqual({ code: 'GOLD', rank: 20 });
    expect(errorCode(await s.gql(`{ tier(code: "NOPE") { code } }`))).toBe('NOT_FOUND');
  });
});

describe('benefits', () => {
  it('defines benefits of all three kinds; an AMOUNT benefit needs its currency', async () => {
    const r = await s.gql(DEFINE, { input: { code: 'PRICE_PROTECTION', name: 'Price protection', kind: 'COUNT', unit: 'claim', fundedBy: 'MERCHANT' } });
    expect(r.data.defineBenefit).toMatchObject({ benefit: { code: 'PRICE_PROTECTION', kind: 'COUNT', unit: 'claim', fundedBy: 'MERCHANT' }, userErrors: [] });
    const before = await rowCounts(s.db);
    const noCurrency = await s.gql(DEFINE, { input: { code: 'BUDGET_X', name: 'x', kind: 'AMOUNT', fundedBy: 'PLATFORM' } });
    expect(noCurrency.data.defineBenefit.userErrors).toMatchObject([{ code: 'CURRENCY_REQUIRED', field: 'input.unit', message: expect.any(String) }]);
    const dup = await s.gql(DEFINE, { input: { code: 'PRICE_PROTECTION', name: 'x', kind: 'COUNT', fundedBy: 'PLATFORM' } });
    expect(dup.data.defineBenefit.userErrors[0].code).toBe('CODE_TAKEN');
    const badKind = await s.gql(DEFINE, { input: { code: 'X_Y', name: 'x', kind: 'SOMETIMES', fundedBy: 'PLATFORM' } });
    expect(errorCode(badKind)).toBe('BAD_USER_INPUT');
    expect(await rowCounts(s.db)).toEqual(before);
    const kinds = (await s.gql(`{ benefits { code kind } }`, {}, 'customer')).data.benefits.map((b: { kind: string }) => b.kind);
    expect(new Set(kinds)).toEqual(new Set(['ACCESS', 'COUNT', 'AMOUNT']));
  });

  it('updates a benefit, but never the currency of a budget', async () => {
    const r = await s.gql(UPDATE_BENEFIT, { input: { code: 'PRICE_PROTECTION', name: 'Price guarantee', fundedBy: 'PLATFORM' } });
    expect(r.data.updateBenefit).toMatchObject({ benefit: { code: 'PRICE_PROTECTION', name: 'Price guarantee', unit: 'claim', fundedBy: 'PLATFORM' }, userErrors: [] });
    expect(await lastAudit()).toMatchObject({ action: 'benefit.update', before: { name: 'Price protection' }, after: { name: 'Price guarantee' } });
    const currency = await s.gql(UPDATE_BENEFIT, { input: { code: 'COMPENSATION_BUDGET', unit: 'USD' } });
    expect(currency.data.updateBenefit.userErrors[0]).toMatchObject({ code: 'CURRENCY_FIXED', field: 'input.unit' });
    expect(errorCode(await s.gql(UPDATE_BENEFIT, { input: { code: 'NOPE_NOPE', name: 'x' } }))).toBe('NOT_FOUND');
  });

  it('archives a benefit: its rules end now, entitlements stop listing it, uses are refused, history stays', async () => {
    await s.gql(`mutation { setTierBenefit(input: { tierCode: "GOLD", benefitCode: "PRICE_PROTECTION", limit: 2, period: CALENDAR_MONTH }) { userErrors { code } } }`);
    await s.gql(`mutation { assignMembership(input: { userId: "u-arch", tierCode: "GOLD", source: MANUAL }) { userErrors { code } } }`);
    const listed = async () => (await s.gql(`{ user(id: "u-arch") { entitlements { benefit { code } } } }`, {}, 'cs_agent')).data.user.entitlements.map((e: { benefit: { code: string } }) => e.benefit.code);
    expect(await listed()).toContain('PRICE_PROTECTION');
    const ARCHIVE = printed(ArchiveBenefitDocument);
    const r = await s.gql(ARCHIVE, { input: { code: 'PRICE_PROTECTION' } });
    expect(r.data.archiveBenefit).toMatchObject({ benefit: { code: 'PRICE_PROTECTION', archivedAt: expect.any(String) }, userErrors: [] });
    expect(await listed()).not.toContain('PRICE_PROTECTION');
    const rules = (await s.gql(`{ tier(code: "GOLD") { rules { benefit { code } } } }`)).data.tier.rules.map((x: { benefit: { code: string } }) => x.benefit.code);
    expect(rules).not.toContain('PRICE_PROTECTION');
    const use = await s.gql(`mutation { consumeEntitlement(input: { userId: "u-arch", benefitCode: "PRICE_PROTECTION", idempotencyKey: "archived-use-1" }) { usage { id } userErrors { code field } } }`, {}, 'cs_agent');
    expect(use.errors).toBeUndefined();
    expect(use.data.consumeEntitlement).toEqual({ usage: null, userErrors: [{ code: 'BENEFIT_ARCHIVED', field: 'input.benefitCode' }] });
    expect((await s.gql(`{ benefits(includeArchived: true) { code } }`)).data.benefits.map((b: { code: string }) => b.code)).toContain('PRICE_PROTECTION');
    expect((await s.gql(`{ benefits { code } }`)).data.benefits.map((b: { code: string }) => b.code)).not.toContain('PRICE_PROTECTION');
    expect((await s.gql(ARCHIVE, { input: { code: 'PRICE_PROTECTION' } })).data.archiveBenefit.userErrors[0].code).toBe('BENEFIT_ARCHIVED');
    expect(await lastAudit()).toMatchObject({ action: 'benefit.archive', before: { archivedAt: null }, after: { code: 'PRICE_PROTECTION' } });
  });
});

describe('audit log', () => {
  it('pages newest first with cursors and is for ops only', async () => {
    const page1 = await s.gql(`{ auditLog(first: 3) { edges { cursor node { id action } } pageInfo { hasNextPage endCursor } } }`);
    const ids1 = page1.data.auditLog.edges.map((e: { node: { id: string } }) => Number(e.node.id));
    expect(ids1).toHaveLength(3);
    expect([...ids1].sort((a, b) => b - a)).toEqual(ids1);
    expect(page1.data.auditLog.pageInfo.hasNextPage).toBe(true);
    const page2 = await s.gql(`query($after: String) { auditLog(first: 3, after: $after) { edges { node { id } } } }`, { after: page1.data.auditLog.pageInfo.endCursor });
    expect(Number(page2.data.auditLog.edges[0].node.id)).toBeLessThan(ids1[2]);
    expect(errorCode(await s.gql(`{ auditLog(first: 500) { edges { cursor } } }`))).toBe('BAD_USER_INPUT');
    for (const role of ['customer', 'cs_agent', 'service'] as const) {
      expect(errorCode(await s.gql(`{ auditLog(first: 1) { edges { cursor } } }`, {}, role))).toBe('FORBIDDEN');
    }
  });
});

describe('codes and ids', () => {
  it('match exactly: no case or accent folding on any database', async () => {
    expect(errorCode(await s.gql(`{ tier(code: "gold") { code } }`))).toBe('NOT_FOUND');
    expect(errorCode(await s.gql(`{ tier(code: "GOLD ") { code } }`))).toBe('NOT_FOUND');
    expect(errorCode(await s.gql(UPDATE_TIER, { input: { code: 'Gold', name: 'x' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await s.gql(UPDATE_TIER, { input: { code: 'GOLD ', name: 'x' } }))).toBe('BAD_USER_INPUT');
  });
});

describe('idempotency keys on configuration writes', () => {
  it('a retried write returns its first result; another payload with the key is refused', async () => {
    const input = { code: 'DIAMOND', name: 'Diamond', rank: 50, idempotencyKey: 'ops-req-0001' };
    const first = await s.gql(CREATE_TIER, { input });
    expect(first.data.createTier.userErrors).toEqual([]);
    const before = await rowCounts(s.db);
    const again = await s.gql(CREATE_TIER, { input });
    expect(again.data).toEqual(first.data); // not CODE_TAKEN
    expect(await rowCounts(s.db)).toEqual(before);
    const other = await s.gql(CREATE_TIER, { input: { ...input, rank: 51 } });
    expect(other.data.createTier.userErrors[0]).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'input.idempotencyKey' });
  });

  it('a refused write leaves its key free', async () => {
    const refused = await s.gql(CREATE_TIER, { input: { code: 'GOLD', name: 'Gold', rank: 77, idempotencyKey: 'ops-req-0002' } });
    expect(refused.data.createTier.userErrors[0].code).toBe('CODE_TAKEN');
    const retried = await s.gql(CREATE_TIER, { input: { code: 'GOLD', name: 'Gold', rank: 77, idempotencyKey: 'ops-req-0002' } });
    expect(retried.data.createTier.userErrors[0].code).toBe('CODE_TAKEN');
    const archived = await s.gql(ARCHIVE_TIER, { input: { code: 'DIAMOND', idempotencyKey: 'ops-req-0003' } });
    const archivedAgain = await s.gql(ARCHIVE_TIER, { input: { code: 'DIAMOND', idempotencyKey: 'ops-req-0003' } });
    expect(archivedAgain.data).toEqual(archived.data); // not TIER_ARCHIVED
    expect(archived.data.archiveTier.tier.archivedAt).toEqual(expect.any(String));
  });
});
