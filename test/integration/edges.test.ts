// The edges of every input (README "Errors and limits"), on SQLite and MariaDB alike:
// - instants: one accepted range, 1970-01-01T00:00:00.000Z … 9989-12-31T23:59:59.999Z, on every
//   DateTime argument and input field (found by walking the schema); the bounds round-trip exactly;
//   whatever the API derives from an instant at the bounds is still RFC 3339, in any time zone;
// - a rule's config (≤ 32 levels, ≤ 16 KiB) and conditions (≤ 32 KiB): refused by name, and at
//   the bounds stored, audited and kept as an idempotent answer;
// - headers past node's limit: a JSON error body;
// - figures that would pass 2^53−1 (limits, grants, uses): AMOUNT_TOO_LARGE before anything is
//   written, so a member's reads never break.
import net from 'node:net';
import { GraphQLInputType, GraphQLNamedType, isInputObjectType, isListType, isNonNullType, isObjectType } from 'graphql';
import { aftercareSchema } from '../../resolvers/schema';
import { CONDITIONS_MAX_BYTES, CONFIG_MAX_BYTES, CONFIG_MAX_DEPTH, INSTANT_MAX, INSTANT_MIN, MAX_WINDOW_DAYS } from '../../resolvers/inputs/edges';
import { addDays } from '../../src/domain/period';
import { startCluster } from '../support/cluster';
import { assignMembership, basicCatalog, createTier, defineBenefit, recordOrder, setRule } from '../support/fixtures';
import { errorCode, GqlResult, rowCounts, startTestServer, TestServer } from '../support/harness';
import { CONSUME, expectLedgerClean, GRANT, HOLD, newKey, usageOp } from '../support/usage-ops';

const MIN = INSTANT_MIN.toISOString(); // 1970-01-01T00:00:00.000Z
const MAX = INSTANT_MAX.toISOString(); // 9989-12-31T23:59:59.999Z
const BELOW = ['1969-12-31T23:59:59.999Z', '0050-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '1970-01-01T07:59:59+08:00'];
const ABOVE = ['9990-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '9989-12-31T23:59:59.999-00:01'];
const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

const RULE_DOC = `mutation($input: SetTierBenefitInput!) { setTierBenefit(input: $input) { rule { id config conditions { merchantsExclude } effectiveTo } userErrors { code field message } } }`;

/** Every string in a response that looks like an instant (they all come from DateTime fields). */
const instantsIn = (v: unknown): string[] =>
  typeof v === 'string' ? (/^[+-]?\d{4,6}-\d\d-\d\dT/.test(v) ? [v] : [])
    : Array.isArray(v) ? v.flatMap(instantsIn)
    : v && typeof v === 'object' ? Object.values(v).flatMap(instantsIn)
    : [];

function expectBadInstant(r: GqlResult, field: string) {
  expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field, message: expect.stringContaining(`from ${MIN} to ${MAX}`) }] });
}

describe('instants', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
    s.clock.set('2026-11-01T00:00:00Z');
    await basicCatalog(s);
    await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 3, period: 'CALENDAR_MONTH' });
    await assignMembership(s, { userId: 'u-1', tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
    await recordOrder(s, { id: 'o-1', userId: 'u-1', amount: 100, placedAt: '2026-10-30T00:00:00Z' });
  });
  afterAll(() => s?.stop());

  const PROPOSAL = '{ tierCode: "GOLD", benefitCode: "FREE_RETURN_SHIPPING", limit: 5, period: CALENDAR_MONTH }';
  /** How the test reaches each DateTime input: an argument (Type.field(arg)) or an input field. */
  /** The document, its variables, the name an instant out of range is refused by (default `at`), and who asks (default cs_agent). */
  const ARGUMENTS: Record<string, (at: string) => [string, Record<string, unknown>, string?, 'ops_admin'?]> = {
    'User.entitlements(at)': (at) => [`query($at: DateTime) { user(id: "u-1") { entitlements(at: $at) { status } } }`, { at }],
    'User.tier(at)': (at) => [`query($at: DateTime) { user(id: "u-1") { tier(at: $at) { code } } }`, { at }],
    'Order.entitlements(at)': (at) => [`query($at: DateTime) { order(id: "o-1") { entitlements(at: $at) { status } } }`, { at }],
    'Tier.rules(at)': (at) => [`query($at: DateTime) { tier(code: "GOLD") { rules(at: $at) { id } } }`, { at }],
    'Tier.members(at)': (at) => [`query($at: DateTime) { tier(code: "GOLD") { members(at: $at) { edges { node { id } } } } }`, { at }],
    'Query.merchantSummary(from)': (at) => [`query($at: DateTime) { merchantSummary(merchantId: "m-1", from: $at) { chargedUses } }`, { at }, 'from'],
    'Query.merchantSummary(to)': (at) => [`query($at: DateTime) { merchantSummary(merchantId: "m-1", to: $at) { chargedUses } }`, { at }, 'to'],
    'MerchantChargeFilter.from': (at) => [`query($at: DateTime) { merchantCharges(merchantId: "m-1", filter: { from: $at }) { edges { node { id } } } }`, { at }, 'filter.from'],
    'MerchantChargeFilter.to': (at) => [`query($at: DateTime) { merchantCharges(merchantId: "m-1", filter: { to: $at }) { edges { node { id } } } }`, { at }, 'filter.to'],
    'UsageReportInput.from': (at) => [`query($at: DateTime!) { usageReport(input: { from: $at, to: "${MAX}", groupBy: [DAY] }) { edges { cursor } } }`, { at }, 'input.from', 'ops_admin'],
    'UsageReportInput.to': (at) => [`query($at: DateTime!) { usageReport(input: { from: "${MIN}", to: $at, groupBy: [DAY] }) { edges { cursor } } }`, { at }, 'input.to', 'ops_admin'],
    'SimulateRuleChangeInput.from': (at) => [`query($at: DateTime!) { simulateRuleChange(input: { from: $at, to: "${MAX}", proposals: [${PROPOSAL}] }) { requests } }`, { at }, 'input.from', 'ops_admin'],
    'SimulateRuleChangeInput.to': (at) => [`query($at: DateTime!) { simulateRuleChange(input: { from: "${MIN}", to: $at, proposals: [${PROPOSAL}] }) { requests } }`, { at }, 'input.to', 'ops_admin'],
    'TierHealthInput.from': (at) => [`query($at: DateTime!) { tierHealth(input: { from: $at, to: "${MAX}" }) { tier } }`, { at }, 'input.from', 'ops_admin'],
    'TierHealthInput.to': (at) => [`query($at: DateTime!) { tierHealth(input: { from: "${MIN}", to: $at }) { tier } }`, { at }, 'input.to', 'ops_admin'],
  };
  /** A report's window cannot start at the last instant or end at the first: the bound is taken, the empty window refused. */
  const EMPTY_WINDOW: Record<string, string> = {
    'UsageReportInput.from': MAX, 'UsageReportInput.to': MIN, 'SimulateRuleChangeInput.from': MAX, 'SimulateRuleChangeInput.to': MIN,
    'TierHealthInput.from': MAX, 'TierHealthInput.to': MIN,
  };
  const MUTATION_FIELDS: Record<string, [mutation: string, input: () => Record<string, unknown>, role?: 'service' | 'cs_agent']> = {
    'AssignMembershipInput.startsAt': ['assignMembership', () => ({ userId: 'u-2', tierCode: 'GOLD', source: 'MANUAL' })],
    'AssignMembershipInput.endsAt': ['assignMembership', () => ({ userId: 'u-2', tierCode: 'GOLD', source: 'MANUAL' })],
    'EndMembershipInput.endsAt': ['endMembership', () => ({ membershipId: 'm-unknown' })],
    'RecordOrderInput.placedAt': ['recordOrder', () => ({ id: 'o-2', userId: 'u-1', merchantId: 'm', category: 'A', amount: 1, currency: 'CNY', placedAt: '2026-10-01T00:00:00Z', status: 'PLACED' }), 'service'],
    'RecordOrderInput.deliveredAt': ['recordOrder', () => ({ id: 'o-2', userId: 'u-1', merchantId: 'm', category: 'A', amount: 1, currency: 'CNY', placedAt: '2026-10-01T00:00:00Z', status: 'PLACED' }), 'service'],
    'SetTierBenefitInput.effectiveFrom': ['setTierBenefit', () => ({ tierCode: 'SILVER', benefitCode: 'FREE_RETURN_SHIPPING', limit: 1, period: 'LIFETIME' })],
    'SetTierBenefitInput.effectiveTo': ['setTierBenefit', () => ({ tierCode: 'SILVER', benefitCode: 'FREE_RETURN_SHIPPING', limit: 1, period: 'LIFETIME' })],
    'EndTierBenefitInput.effectiveTo': ['endTierBenefit', () => ({ tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING' })],
    'GrantQuotaInput.expiresAt': ['grantQuota', () => ({ userId: 'u-1', benefitCode: 'FREE_RETURN_SHIPPING', amount: 1, reason: 'edge', idempotencyKey: newKey() }), 'cs_agent'],
  };

  it('the test covers every DateTime input of the schema', async () => {
    const schema = await aftercareSchema();
    const isDateTime = (t: GraphQLInputType): boolean => (isNonNullType(t) || isListType(t) ? isDateTime(t.ofType) : (t as GraphQLNamedType).name === 'DateTime');
    const found: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type)) {
        for (const f of Object.values(type.getFields())) for (const a of f.args) if (isDateTime(a.type)) found.push(`${type.name}.${f.name}(${a.name})`);
      }
      if (isInputObjectType(type)) for (const f of Object.values(type.getFields())) if (isDateTime(f.type)) found.push(`${type.name}.${f.name}`);
    }
    expect(found.sort()).toEqual([...Object.keys(ARGUMENTS), ...Object.keys(MUTATION_FIELDS)].sort());
  });

  it.each(Object.keys(ARGUMENTS))('%s: out of range is BAD_USER_INPUT naming the argument, as a variable and as a literal; the bounds are answered', async (name) => {
    for (const at of [...BELOW, ...ABOVE]) {
      const [doc, variables, field = 'at', role = 'cs_agent'] = ARGUMENTS[name](at);
      expectBadInstant(await s.gql(doc, variables, role), field);
      expectBadInstant(await s.gql(doc.replace(/^query\(\$at: DateTime!?\) /, '').replace('$at', JSON.stringify(at)), {}, role), field);
    }
    for (const at of [MIN, MAX]) {
      const [doc, variables, , role = 'cs_agent'] = ARGUMENTS[name](at);
      const r = await s.gql(doc, variables, role);
      if (EMPTY_WINDOW[name] === at) expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.to', message: 'must be after from' }] });
      else expect(r.errors).toBeUndefined();
    }
  });

  it.each(Object.keys(MUTATION_FIELDS))('%s: out of range is BAD_USER_INPUT naming the field and writes nothing', async (name) => {
    const [typeName, fieldName] = name.split('.');
    const [mutation, input, role = 'ops_admin'] = MUTATION_FIELDS[name];
    const before = await rowCounts(s.db);
    for (const value of [...BELOW, ...ABOVE]) {
      const variables = { input: { ...input(), [fieldName]: value } };
      const r = await s.gql(`mutation($input: ${typeName}!) { ${mutation}(input: $input) { userErrors { code field } } }`, variables, role);
      expectBadInstant(r, `input.${fieldName}`);
      // the same as a literal in the document
      const literal = Object.entries(variables.input).map(([k, v]) => `${k}: ${['source', 'period', 'status'].includes(k) ? v : JSON.stringify(v)}`).join(', ');
      expectBadInstant(await s.gql(`mutation { ${mutation}(input: { ${literal} }) { userErrors { code field } } }`, {}, role), `input.${fieldName}`);
    }
    expect(await rowCounts(s.db)).toEqual(before);
  });

  it('instants at both bounds are stored and read back exactly (years before 100 never reach the database)', async () => {
    s.clock.set('1970-01-01T00:00:00.000Z');
    const m = await assignMembership(s, { userId: 'u-bounds', tierCode: 'GOLD', startsAt: MIN, endsAt: MAX });
    expect(m).toMatchObject({ startsAt: MIN, endsAt: MAX });
    const rule = await setRule(s, { tierCode: 'SILVER', benefitCode: 'COMPENSATION_BUDGET', limit: 10, period: 'LIFETIME', effectiveFrom: MIN, effectiveTo: MAX });
    expect(rule).toMatchObject({ effectiveFrom: MIN, effectiveTo: MAX });
    const order = await recordOrder(s, { id: 'o-bounds', userId: 'u-bounds', amount: 1, placedAt: MIN, deliveredAt: MAX });
    expect(order.id).toBe('o-bounds');
    const grant = await usageOp(s, GRANT, { userId: 'u-bounds', benefitCode: 'FREE_RETURN_SHIPPING', amount: 1, reason: 'bounds', expiresAt: MAX });
    expect(grant.grant).toMatchObject({ expiresAt: MAX });
    s.clock.set('2026-11-01T00:00:00Z');

    const r = await s.gql(`{
      user(id: "u-bounds") { memberships { startsAt endsAt } }
      order(id: "o-bounds") { placedAt deliveredAt }
      tier(code: "SILVER") { rules(at: "${MIN}") { effectiveFrom effectiveTo } }
    }`, {}, 'cs_agent');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      user: { memberships: [{ startsAt: MIN, endsAt: MAX }] },
      order: { placedAt: MIN, deliveredAt: MAX },
      tier: { rules: [{ effectiveFrom: MIN, effectiveTo: MAX }] },
    });
    // and the database itself holds them (not just the process that wrote them)
    const rows = await s.db.query(`SELECT starts_at AS s, ends_at AS e FROM memberships WHERE user_id = 'u-bounds'`);
    const asInstant = (v: Date | string) => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`)).toISOString();
    expect(rows.map((x: { s: Date | string; e: Date | string }) => [asInstant(x.s), asInstant(x.e)])).toEqual([[MIN, MAX]]);
  });
});

it('leaves room after the last accepted instant for every derived one: UTC+14, then a 3,650-day window and a day', () => {
  const lastLocalDay = new Date(INSTANT_MAX.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
  expect(addDays(lastLocalDay, MAX_WINDOW_DAYS + 1) <= '9999-12-31').toBe(true);
});

describe.each(['Pacific/Kiritimati', 'Asia/Shanghai', 'Pacific/Pago_Pago'])('derived instants at the bounds (%s)', (zone) => {
  let s: TestServer;
  const KINDS = [
    ['B_MONTH', { period: 'CALENDAR_MONTH' }],
    ['B_QUARTER', { period: 'CALENDAR_QUARTER' }],
    ['B_YEAR', { period: 'CALENDAR_YEAR' }],
    ['B_MYEAR', { period: 'MEMBERSHIP_YEAR' }],
    ['B_ROLLING', { period: 'ROLLING_DAYS', periodDays: MAX_WINDOW_DAYS, conditions: { claimWindowDays: MAX_WINDOW_DAYS } }],
    ['B_LIFETIME', { period: 'LIFETIME' }],
  ] as const;
  const ENTITLEMENTS = `query($at: DateTime, $o: ID) { user(id: "u-edge") { entitlements(at: $at, orderId: $o) {
    benefit { code } status used held remaining periodStart resetsAt claimDeadline rule { effectiveFrom effectiveTo } reasons { code message } } } }`;

  beforeAll(async () => {
    s = await startTestServer({ config: { businessTimeZone: zone } });
    s.clock.set(MIN);
    await createTier(s, { code: 'REGULAR', rank: 0, isDefault: true });
    await createTier(s, { code: 'GOLD', rank: 10 });
    for (const [code, rule] of KINDS) {
      await defineBenefit(s, { code, kind: 'COUNT', unit: 'use' });
      await setRule(s, { tierCode: 'GOLD', benefitCode: code, limit: 5, ...rule });
    }
    await assignMembership(s, { userId: 'u-edge', tierCode: 'GOLD', startsAt: MIN });
    await recordOrder(s, { id: 'o-min', userId: 'u-edge', amount: 1, placedAt: MIN });
    await recordOrder(s, { id: 'o-max', userId: 'u-edge', amount: 1, placedAt: MIN, deliveredAt: MAX });
    // uses booked at both ends of time: each one's period end and the rolling window reset are derived from them
    for (const [code] of KINDS) await usageOp(s, CONSUME, { userId: 'u-edge', benefitCode: code });
    s.clock.set(MAX);
    for (const [code] of KINDS) {
      const held = await usageOp(s, HOLD, { userId: 'u-edge', benefitCode: code, expiresInSeconds: 90 * 24 * 3600 });
      expect(held.userErrors).toEqual([]);
      expect(held.usage.expiresAt).toMatch(RFC3339_UTC);
    }
  });
  afterAll(() => s?.stop());

  it.each([
    ['now (the last accepted instant)', null, null],
    ['now, for an order delivered at the last instant', null, 'o-max'],
    ['at the first accepted instant (ledger replayed)', MIN, 'o-min'],
    ['at the last accepted instant', MAX, 'o-max'],
  ])('%s: every instant answered is RFC 3339', async (_label, at, orderId) => {
    const r = await s.gql(ENTITLEMENTS, { at, o: orderId }, 'cs_agent');
    expect(r.errors).toBeUndefined();
    const instants = instantsIn(r.data);
    expect(instants.length).toBeGreaterThan(KINDS.length);
    expect(instants.filter((x) => !RFC3339_UTC.test(x))).toEqual([]);
    for (const e of r.data.user.entitlements) expect(e.status).not.toBe('NOT_IN_TIER');
  });

  it('the rolling window and the claim deadline reach into year 9999 and no further', async () => {
    const r = await s.gql(ENTITLEMENTS, { at: null, o: 'o-max' }, 'cs_agent');
    const rolling = r.data.user.entitlements.find((e: { benefit: { code: string } }) => e.benefit.code === 'B_ROLLING');
    expect(rolling.resetsAt.slice(0, 4)).toBe('9999');
    expect(rolling.claimDeadline.slice(0, 4)).toBe('9999');
    expect(rolling.remaining).toBe(4); // the 1970 use left the window long ago; the hold counts
    const ledger = await expectLedgerClean(s);
    expect(ledger.drift).toEqual([]);
  });
});

describe('rule config and conditions', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
    await basicCatalog(s);
  });
  afterAll(() => s?.stop());

  const nested = (depth: number) => {
    let v: Record<string, unknown> = { leaf: 1 };
    for (let i = 1; i < depth; i++) v = { a: v };
    return v;
  };
  /** A config of exactly `bytes` bytes as JSON (UTF-8), partly in 4-byte characters. */
  const configOf = (bytes: number) => {
    const base = Buffer.byteLength(JSON.stringify({ channel: 'VIP', note: '' }));
    const emoji = 1000; // 4 bytes each
    return { channel: 'VIP', note: '😀'.repeat(emoji) + 'x'.repeat(bytes - base - emoji * 4) };
  };
  /** merchantsExclude whose conditions serialize to exactly `bytes` bytes. */
  const merchantsOf = (bytes: number) => {
    const list: string[] = [];
    const size = () => Buffer.byteLength(JSON.stringify({ merchantsExclude: list }));
    while (size() + 67 <= bytes) list.push(`m-${list.length}-`.padEnd(64, 'x'));
    const room = bytes - size() - 3; // "", plus a comma
    list.push(`m-${list.length}`.padEnd(room, 'y'));
    expect(size()).toBe(bytes);
    return list;
  };
  const access = (config: unknown, extra: Record<string, unknown> = {}) => ({ tierCode: 'GOLD', benefitCode: 'DEDICATED_CHANNEL', config, ...extra });

  it(`config: ${CONFIG_MAX_DEPTH} levels deep is taken, one more is BAD_USER_INPUT naming input.config`, async () => {
    const ok = await s.gql(RULE_DOC, { input: access(nested(CONFIG_MAX_DEPTH)) });
    expect(ok.data.setTierBenefit.userErrors).toEqual([]);
    expect(ok.data.setTierBenefit.rule.config).toEqual(nested(CONFIG_MAX_DEPTH));
    const before = await rowCounts(s.db);
    const deeper = await s.gql(RULE_DOC, { input: access(nested(CONFIG_MAX_DEPTH + 1)) });
    expect(deeper.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.config', message: expect.stringContaining('32 levels') }] });
    expect(await rowCounts(s.db)).toEqual(before);
  });

  it('config nested 5,000 deep (too deep for JSON.stringify here, sent as raw JSON) is BAD_USER_INPUT, not a stack overflow', async () => {
    const before = await rowCounts(s.db);
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const body = `{"query":${JSON.stringify(RULE_DOC)},"variables":{"input":{"tierCode":"GOLD","benefitCode":"DEDICATED_CHANNEL","config":${deep}}}}`;
    const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token('ops_admin')}` }, body });
    const json = (await res.json()) as GqlResult;
    expect(res.status).toBeLessThan(500);
    expect(json.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.config' }] });
    expect(await rowCounts(s.db)).toEqual(before);
  });

  it(`config: ${CONFIG_MAX_BYTES} bytes as JSON is taken, one byte more and 900 KB are BAD_USER_INPUT naming input.config`, async () => {
    const ok = await s.gql(RULE_DOC, { input: access(configOf(CONFIG_MAX_BYTES)) });
    expect(ok.data.setTierBenefit.userErrors).toEqual([]);
    expect(ok.data.setTierBenefit.rule.config).toEqual(configOf(CONFIG_MAX_BYTES));
    const before = await rowCounts(s.db);
    for (const config of [configOf(CONFIG_MAX_BYTES + 1), { big: 'x'.repeat(900_000) }]) {
      const r = await s.gql(RULE_DOC, { input: access(config) });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.config', message: expect.stringContaining(`${CONFIG_MAX_BYTES} bytes`) }] });
    }
    expect(await rowCounts(s.db)).toEqual(before);
  });

  it(`conditions: ${CONDITIONS_MAX_BYTES} bytes are taken, one byte more (or 1,000 merchants of 64 characters) is BAD_USER_INPUT naming input.conditions`, async () => {
    const rule = (merchantsExclude: string[], extra = {}) => ({ tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 3, period: 'CALENDAR_MONTH', conditions: { merchantsExclude }, ...extra });
    const before = await rowCounts(s.db);
    for (const merchants of [merchantsOf(CONDITIONS_MAX_BYTES + 1), Array.from({ length: 1000 }, (_, i) => `m-${i}-`.padEnd(64, 'z'))]) {
      const r = await s.gql(RULE_DOC, { input: rule(merchants) });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.conditions' }] });
    }
    expect(await rowCounts(s.db)).toEqual(before);
    const ok = await s.gql(RULE_DOC, { input: rule(merchantsOf(CONDITIONS_MAX_BYTES)) });
    expect(ok.data.setTierBenefit.userErrors).toEqual([]);
    expect(ok.data.setTierBenefit.rule.conditions.merchantsExclude).toEqual(merchantsOf(CONDITIONS_MAX_BYTES));
  });

  it('the largest config with the largest conditions fits the rule, its audit entries and its stored idempotent answer', async () => {
    // An ACCESS rule takes conditions too: both at their bounds, with an idempotency key (the whole rule is the stored answer).
    const input = access(configOf(CONFIG_MAX_BYTES), { conditions: { merchantsExclude: merchantsOf(CONDITIONS_MAX_BYTES) }, idempotencyKey: newKey('edge-rule') });
    const first = await s.gql(RULE_DOC, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.setTierBenefit.userErrors).toEqual([]);
    const replay = await s.gql(RULE_DOC, { input });
    expect(replay.data).toEqual(first.data);
    // replacing it audits the big version as `before`
    const next = await s.gql(RULE_DOC, { input: access(configOf(CONFIG_MAX_BYTES), { conditions: { merchantsExclude: merchantsOf(CONDITIONS_MAX_BYTES) } }) });
    expect(next.data.setTierBenefit.userErrors).toEqual([]);
    const audit = await s.gql(`{ auditLog(first: 2) { edges { node { action before after } } } }`);
    expect(audit.errors).toBeUndefined();
    const [set, cancelled] = audit.data.auditLog.edges.map((e: { node: unknown }) => e.node);
    expect(set).toMatchObject({ action: 'rule.set', after: { config: configOf(CONFIG_MAX_BYTES) } });
    expect(cancelled).toMatchObject({ action: 'rule.cancel', before: { conditions: { merchantsExclude: merchantsOf(CONDITIONS_MAX_BYTES) } } });
  });
});

describe('headers and malformed requests', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.stop());

  it('a bearer token past the header limit gets HTTP 431 with a JSON error body, and the server goes on', async () => {
    const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${'a'.repeat(20_000)}` }, body: '{"query":"{ tiers { code } }"}' });
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as GqlResult;
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringContaining('Request headers exceed'), extensions: { code: 'BAD_REQUEST', requestId: expect.any(String) } });
    const after = await s.gql(`{ tiers { code } }`);
    expect(after.errors).toBeUndefined();
  });

  it('a request that is not HTTP gets 400 with a JSON error body', async () => {
    const { port } = new URL(s.url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let data = '';
      socket.on('data', (c) => (data += c));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('figures past 2^53−1 are refused before anything is written', () => {
  let s: TestServer;
  const MAX_LIMIT = 2 ** 52 - 1;
  const MAX_GRANTED = 2 ** 52;
  const ENT = `query($id: ID!) { user(id: $id) { entitlements(benefitCodes: ["FREE_RETURN_SHIPPING"]) { limit granted used held remaining } } }`;
  const grant = (userId: string, amount: number, key = newKey('big')) =>
    s.gql(GRANT, { input: { userId, benefitCode: 'FREE_RETURN_SHIPPING', amount, reason: 'edge of exact integers', idempotencyKey: key } }, 'cs_agent');
  const entitlement = async (userId: string) => {
    const r = await s.gql(ENT, { id: userId }, 'cs_agent');
    expect(r.errors).toBeUndefined();
    return r.data.user.entitlements[0];
  };

  beforeAll(async () => {
    s = await startTestServer();
    s.clock.set('2026-10-15T00:00:00Z');
    await basicCatalog(s);
    await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 3, period: 'CALENDAR_MONTH' });
    for (const u of ['u-a', 'u-b']) await assignMembership(s, { userId: u, tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
  });
  afterAll(() => s?.stop());

  it('two grants of 2^53−1 (the reported case): both refused with AMOUNT_TOO_LARGE, nothing written, reads intact', async () => {
    const before = await rowCounts(s.db);
    for (let i = 0; i < 2; i++) {
      const r = await grant('u-a', MAX_SAFE);
      expect(r.errors).toBeUndefined();
      expect(r.data.grantQuota).toMatchObject({ grant: null, userErrors: [{ code: 'AMOUNT_TOO_LARGE', field: 'input.amount' }] });
    }
    expect(await rowCounts(s.db)).toEqual(before);
    expect(await entitlement('u-a')).toEqual({ limit: 3, granted: 0, used: 0, held: 0, remaining: 3 });
  });

  it('grants of one benefit to one user total at most 2^52; the one that would pass it is refused and its key stays free', async () => {
    const first = newKey('big');
    const ok = await grant('u-a', MAX_GRANTED - 1, first);
    expect(ok.data.grantQuota.userErrors).toEqual([]);
    expect(ok.data.grantQuota.entitlement.remaining).toBe(MAX_GRANTED + 2);
    const before = await rowCounts(s.db);
    const key = newKey('big');
    const over = await grant('u-a', 2, key);
    expect(over.data.grantQuota.userErrors).toEqual([expect.objectContaining({ code: 'AMOUNT_TOO_LARGE', field: 'input.amount', message: expect.stringContaining('at most 1 more') })]);
    expect(await rowCounts(s.db)).toEqual(before);
    expect((await grant('u-a', 1, key)).data.grantQuota.userErrors).toEqual([]); // the refused key was never claimed
    expect((await grant('u-a', MAX_GRANTED - 1, first)).data).toEqual(ok.data); // replay of the first, unchanged
    expect(await entitlement('u-a')).toEqual({ limit: 3, granted: MAX_GRANTED, used: 0, held: 0, remaining: MAX_GRANTED + 3 });
    // another user is not affected by u-a's grants
    expect((await grant('u-b', 10)).data.grantQuota.userErrors).toEqual([]);
  });

  it('racing grants near the bound over two servers on real clocks 4 s apart: exactly as many pass as fit under 2^52, on a member who never used the benefit', async () => {
    // Each of 6 racing grants of 2^51 is allowed alone; only two fit together. Without the member's
    // lock, grants racing on MySQL could each see the other's total as not yet committed.
    const cluster = await startCluster({ databaseUrl: s.databaseUrl, processes: 2, clockOffsetsMs: [-2000, 2000] });
    try {
      const token = await cluster.token('cs_agent');
      const half = MAX_GRANTED / 2;
      const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
      const answers = await Promise.all(Array.from({ length: 6 }, (_, i) =>
        cluster.gql(i % 2, GRANT, { input: { userId: 'u-race', benefitCode: 'FREE_RETURN_SHIPPING', amount: half, reason: 'racing grants', expiresAt, idempotencyKey: newKey('race') } }, token)));
      const codes = answers.map((r) => r.data?.grantQuota?.userErrors?.[0]?.code ?? (r.errors ? r.errors[0].message : 'ok')).sort();
      expect(codes).toEqual(['AMOUNT_TOO_LARGE', 'AMOUNT_TOO_LARGE', 'AMOUNT_TOO_LARGE', 'AMOUNT_TOO_LARGE', 'ok', 'ok']);
      const [{ total }] = await s.db.query(`SELECT SUM(amount) AS total FROM quota_grants WHERE user_id = 'u-race'`);
      expect(Number(total)).toBe(MAX_GRANTED);
    } finally {
      await cluster.stop();
    }
  }, 60_000);

  it('a limit above 2^52−1 is refused; 2^52−1 plus 2^52 of grants reads 2^53−1 exactly', async () => {
    const before = await rowCounts(s.db);
    for (const limit of [MAX_LIMIT + 1, MAX_SAFE]) {
      const r = await s.gql(RULE_DOC, { input: { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit, period: 'CALENDAR_MONTH' } });
      expect(r.data.setTierBenefit).toMatchObject({ rule: null, userErrors: [{ code: 'AMOUNT_TOO_LARGE', field: 'input.limit' }] });
    }
    expect(await rowCounts(s.db)).toEqual(before);
    await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: MAX_LIMIT, period: 'CALENDAR_MONTH' });
    expect(await entitlement('u-a')).toEqual({ limit: MAX_LIMIT, granted: MAX_GRANTED, used: 0, held: 0, remaining: MAX_SAFE });
  });

  it("uses: a member's counters of a benefit hold at most 2^53−1 in all, across periods", async () => {
    const all = await usageOp(s, CONSUME, { userId: 'u-a', benefitCode: 'FREE_RETURN_SHIPPING', amount: MAX_SAFE });
    expect(all.userErrors).toEqual([]);
    expect(all.entitlement).toMatchObject({ used: MAX_SAFE, remaining: 0 });
    // November: the grants have expired with October, the limit is fresh, but the all-time counter is full
    s.clock.set('2026-11-10T00:00:00Z');
    expect(await entitlement('u-a')).toEqual({ limit: MAX_LIMIT, granted: 0, used: 0, held: 0, remaining: MAX_LIMIT });
    const before = await rowCounts(s.db);
    for (const doc of [CONSUME, HOLD]) {
      const r = await usageOp(s, doc, { userId: 'u-a', benefitCode: 'FREE_RETURN_SHIPPING', amount: 1 });
      expect(r).toMatchObject({ usage: null, userErrors: [{ code: 'AMOUNT_TOO_LARGE', field: 'input.amount' }] });
    }
    expect(await rowCounts(s.db)).toEqual(before);
    // a LIFETIME rule would read the all-time counter: still exact
    await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: MAX_LIMIT, period: 'LIFETIME' });
    expect(await entitlement('u-a')).toEqual({ limit: MAX_LIMIT, granted: 0, used: MAX_SAFE, held: 0, remaining: 0 });
    const me = await s.gql(`{ me { entitlements { remaining } } }`, {}, { token: await s.token('customer', 'u-a') });
    expect(me.errors).toBeUndefined();
    expect((await expectLedgerClean(s)).drift).toEqual([]);
    expect(errorCode(await s.gql(ENT, { id: 'u-b' }, 'cs_agent'))).toBeUndefined();
  });
});
