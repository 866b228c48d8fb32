// Authorization matrix: every root Query and Mutation field of the schema, plus the nested fields
// where access matters, reached from every root that leads to them, called by every kind of actor,
// with the outcome the access model expects. A new root operation without a row here fails the
// coverage test below, and a type that carries a user's data without a read check fails the one
// after it (resolvers/access.ts: such types check access on every field, wherever they are reached).
import { getNamedType, GraphQLSchema, isObjectType } from 'graphql';
import { readCheckOf } from '../../resolvers/access';
import { aftercareSchema } from '../../resolvers/schema';
import { assignMembership, createTier, defineBenefit, recordOrder, setRule } from '../support/fixtures';
import { GqlResult, rowCounts, startTestServer, TestServer } from '../support/harness';
import { CONSUME, GRANT, HOLD, newKey, usageOp } from '../support/usage-ops';

const ACTORS = ['anonymous', 'customer (own)', 'customer (other)', 'cs_agent', 'ops_admin', 'service', 'merchant (charged)', 'merchant (other)'] as const;
type ActorName = (typeof ACTORS)[number];
type Outcome = 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED';

const OWN = 'u-own';
/** The merchant of the fixtures' orders, charged for their seller-fault uses. */
const CHARGED_MERCHANT = 'm-1';
const OTHER = 'u-other';

let s: TestServer;
let schema: GraphQLSchema;
const fx = {
  membershipToEnd: '',
  heldForCapture: '',
  heldForRelease: '',
  capturedForReverse: '',
  sellerFault: '',
  appealToDecide: '',
};
let seq = 0;
const fresh = (prefix: string) => `${prefix}_${++seq}`;

async function as(actor: ActorName): Promise<Parameters<TestServer['gql']>[2]> {
  switch (actor) {
    case 'anonymous': return null;
    case 'customer (own)': return { token: await s.token('customer', OWN) };
    case 'customer (other)': return { token: await s.token('customer', OTHER) };
    case 'merchant (charged)': return { token: await s.token('merchant', CHARGED_MERCHANT) };
    case 'merchant (other)': return { token: await s.token('merchant', 'm-other') };
    default: return actor;
  }
}

// ---- expectations -------------------------------------------------------------------------

/** Allowed for the listed actors, FORBIDDEN for every other signed-in actor, UNAUTHENTICATED anonymously. */
function only(...allowed: ActorName[]): Record<ActorName, Outcome> {
  return Object.fromEntries(ACTORS.map((a) => [a, a === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(a) ? 'allowed' : 'FORBIDDEN'])) as Record<ActorName, Outcome>;
}
/** Every signed-in actor but merchants, who see only what they are charged (not even the catalog). */
const SIGNED_IN = only('customer (own)', 'customer (other)', 'cs_agent', 'ops_admin', 'service');
/** A merchant's charges: that merchant and staff. */
const CHARGED = only('merchant (charged)', 'cs_agent', 'ops_admin');
/** `me`: actors who may read users (a customer reads their own). The order system reads no user. */
const READS_USERS = only('customer (own)', 'customer (other)', 'cs_agent', 'ops_admin');
const OPS = only('ops_admin');
const STAFF = only('cs_agent', 'ops_admin');
const SERVICE = only('service');
/** A user's own data: the customer themselves and staff. */
const OWN_USER = only('customer (own)', 'cs_agent', 'ops_admin');
/** An order's facts: owner, staff and the order system (which records them). */
const OWN_ORDER = only('customer (own)', 'cs_agent', 'ops_admin', 'service');
/** The other customer's data: that customer and staff. */
const OTHER_USER = only('customer (other)', 'cs_agent', 'ops_admin');

interface Row {
  name: string;
  /** The root field the row exercises; rows named `Query.x` / `Mutation.x` cover a schema root field. */
  root: string;
  doc: string;
  vars?: () => Record<string, unknown>;
  expect: Record<ActorName, Outcome>;
  write?: boolean;
  /** What must come back null when access is refused (default: the root field). */
  refused?: (data: Record<string, any> | undefined) => unknown;
}

const USAGE_SEL = 'usage { id state } entitlement { remaining }';
const m = (field: string, inputType: string, selection: string) =>
  `mutation($input: ${inputType}!) { ${field}(input: $input) { ${selection} userErrors { code field message } } }`;

// ---- root fields ----------------------------------------------------------------------------

const rootRows: Row[] = [
  // queries
  { name: 'Query.me', root: 'me', doc: `{ me { id tier { code } } }`, expect: READS_USERS },
  { name: 'Query.user', root: 'user', doc: `query($id: ID!) { user(id: $id) { id tier { code } } }`, vars: () => ({ id: OWN }), expect: OWN_USER },
  { name: 'Query.users', root: 'users', doc: `query($ids: [ID!]!) { users(ids: $ids) { id tier { code } } }`, vars: () => ({ ids: [OWN, OTHER] }), expect: STAFF },
  { name: 'Query.order', root: 'order', doc: `query($id: ID!) { order(id: $id) { id userId amount currency status } }`, vars: () => ({ id: 'o-own' }), expect: OWN_ORDER },
  { name: 'Query.tiers', root: 'tiers', doc: `{ tiers { code rank rules { benefit { code } limit period } } }`, expect: SIGNED_IN },
  { name: 'Query.tier', root: 'tier', doc: `query($code: String!) { tier(code: $code) { code rules { id tier { code } benefit { code } } } }`, vars: () => ({ code: 'GOLD' }), expect: SIGNED_IN },
  { name: 'Query.benefits', root: 'benefits', doc: `{ benefits { code kind unit fundedBy } }`, expect: SIGNED_IN },
  { name: 'Query.auditLog', root: 'auditLog', doc: `{ auditLog(first: 5) { edges { cursor node { action actorId before after } } pageInfo { hasNextPage } } }`, expect: OPS },
  { name: 'Query.verifyLedger', root: 'verifyLedger', doc: `{ verifyLedger { countersChecked entriesChecked drift { userId } } }`, expect: OPS },

  // merchants
  {
    name: 'Query.merchantCharges', root: 'merchantCharges', expect: CHARGED,
    doc: `query($m: ID) { merchantCharges(merchantId: $m, first: 5) { edges { node { id cause cost charged benefitCode appeal { state } } } } }`,
    vars: () => ({ m: CHARGED_MERCHANT }),
  },
  {
    name: 'Query.merchantSummary', root: 'merchantSummary', expect: CHARGED,
    doc: `query($m: ID) { merchantSummary(merchantId: $m, from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { chargedUses money { net } appeals } }`,
    vars: () => ({ m: CHARGED_MERCHANT }),
  },
  { name: 'Query.appeals', root: 'appeals', expect: OPS, doc: `{ appeals(first: 5) { edges { node { id state merchantId } } } }` },

  // reports (ops)
  {
    name: 'Query.usageReport', root: 'usageReport', expect: OPS,
    doc: `{ usageReport(input: { from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z", groupBy: [TIER, MERCHANT] }) { edges { node { tier merchant uses cost { currency total } appeals } } } }`,
  },
  {
    name: 'Query.simulateRuleChange', root: 'simulateRuleChange', expect: OPS,
    doc: `{ simulateRuleChange(input: { from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z", proposals: [{ tierCode: "GOLD", benefitCode: "FREE_RETURN_SHIPPING", limit: 5, period: CALENDAR_MONTH }] }) { requests rows { tier gained } samples { userId } } }`,
  },
  {
    name: 'Query.tierHealth', root: 'tierHealth', expect: OPS,
    doc: `{ tierHealth(input: { from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z" }) { tier members benefits { benefit topReasons { code } } } }`,
  },
  {
    // The other merchant may call it, but finds no such use of its own (NOT_FOUND).
    name: 'Mutation.appealUsage', root: 'appealUsage', write: true, expect: only('merchant (charged)', 'merchant (other)'),
    doc: m('appealUsage', 'AppealUsageInput', 'appeal { id state }'),
    vars: () => ({ input: { usageId: fx.sellerFault, reason: 'not our fault', idempotencyKey: newKey('mx-appeal') } }),
  },
  {
    name: 'Mutation.decideAppeal', root: 'decideAppeal', write: true, expect: OPS,
    doc: m('decideAppeal', 'DecideAppealInput', 'appeal { id state }'),
    vars: () => ({ input: { appealId: fx.appealToDecide, decision: 'REJECTED', note: 'the photos show the damage', idempotencyKey: newKey('mx-decide') } }),
  },

  // catalog (ops)
  {
    name: 'Mutation.createTier', root: 'createTier', write: true, expect: OPS,
    doc: m('createTier', 'CreateTierInput', 'tier { code }'),
    vars: () => ({ input: { code: fresh('MX_NEW'), name: 'New tier', rank: 1000 + seq } }),
  },
  {
    name: 'Mutation.updateTier', root: 'updateTier', write: true, expect: OPS,
    doc: m('updateTier', 'UpdateTierInput', 'tier { code name }'),
    vars: () => ({ input: { code: 'MX_EDIT', name: fresh('Edited') } }),
  },
  {
    name: 'Mutation.archiveTier', root: 'archiveTier', write: true, expect: OPS,
    doc: m('archiveTier', 'ArchiveTierInput', 'tier { code archivedAt }'),
    vars: () => ({ input: { code: 'MX_ARCH' } }),
  },
  {
    name: 'Mutation.defineBenefit', root: 'defineBenefit', write: true, expect: OPS,
    doc: m('defineBenefit', 'DefineBenefitInput', 'benefit { code }'),
    vars: () => ({ input: { code: fresh('MX_BEN'), name: 'New benefit', kind: 'COUNT', unit: 'use', fundedBy: 'MERCHANT' } }),
  },
  {
    name: 'Mutation.updateBenefit', root: 'updateBenefit', write: true, expect: OPS,
    doc: m('updateBenefit', 'UpdateBenefitInput', 'benefit { code name }'),
    vars: () => ({ input: { code: 'FREE_RETURN_SHIPPING', name: fresh('Free returns') } }),
  },
  {
    name: 'Mutation.archiveBenefit', root: 'archiveBenefit', write: true, expect: OPS,
    doc: m('archiveBenefit', 'ArchiveBenefitInput', 'benefit { code archivedAt }'),
    vars: () => ({ input: { code: fresh('MX_GONE') } }),
  },
  {
    name: 'Mutation.setTierBenefit', root: 'setTierBenefit', write: true, expect: OPS,
    doc: m('setTierBenefit', 'SetTierBenefitInput', 'rule { id limit }'),
    vars: () => ({ input: { tierCode: 'MX_EDIT', benefitCode: 'COMPENSATION_BUDGET', limit: 5000 + seq++, period: 'CALENDAR_YEAR' } }),
  },
  {
    name: 'Mutation.endTierBenefit', root: 'endTierBenefit', write: true, expect: OPS,
    doc: m('endTierBenefit', 'EndTierBenefitInput', 'rule { id effectiveTo }'),
    vars: () => ({ input: { tierCode: 'MX_EDIT', benefitCode: 'FREE_RETURN_SHIPPING' } }),
  },
  {
    name: 'Mutation.assignMembership', root: 'assignMembership', write: true, expect: OPS,
    doc: m('assignMembership', 'AssignMembershipInput', 'membership { id userId tier { code } }'),
    vars: () => ({ input: { userId: fresh('u-assigned'), tierCode: 'GOLD', source: 'MANUAL' } }),
  },
  {
    name: 'Mutation.endMembership', root: 'endMembership', write: true, expect: OPS,
    doc: m('endMembership', 'EndMembershipInput', 'membership { id endsAt }'),
    vars: () => ({ input: { membershipId: fx.membershipToEnd } }),
  },

  // order facts (the order system)
  {
    name: 'Mutation.recordOrder', root: 'recordOrder', write: true, expect: SERVICE,
    doc: m('recordOrder', 'RecordOrderInput', 'order { id }'),
    vars: () => ({
      input: {
        id: fresh('o-rec'), userId: OWN, merchantId: 'm-1', category: 'APPAREL', amount: 9900, currency: 'CNY',
        placedAt: '2026-11-20T00:00:00Z', status: 'PLACED',
      },
    }),
  },

  // consumption and grants (CS, and ops as implemented)
  {
    name: 'Mutation.holdEntitlement', root: 'holdEntitlement', write: true, expect: STAFF,
    doc: HOLD,
    vars: () => ({ input: { userId: OWN, benefitCode: 'FREE_RETURN_SHIPPING', orderId: 'o-own', idempotencyKey: newKey('mx-hold') } }),
  },
  {
    name: 'Mutation.consumeEntitlement', root: 'consumeEntitlement', write: true, expect: STAFF,
    doc: CONSUME,
    vars: () => ({ input: { userId: OWN, benefitCode: 'FREE_RETURN_SHIPPING', idempotencyKey: newKey('mx-consume') } }),
  },
  {
    name: 'Mutation.captureUsage', root: 'captureUsage', write: true, expect: STAFF,
    doc: m('captureUsage', 'UsageActionInput', USAGE_SEL),
    vars: () => ({ input: { usageId: fx.heldForCapture, idempotencyKey: newKey('mx-capture') } }),
  },
  {
    name: 'Mutation.releaseUsage', root: 'releaseUsage', write: true, expect: STAFF,
    doc: m('releaseUsage', 'UsageActionInput', USAGE_SEL),
    vars: () => ({ input: { usageId: fx.heldForRelease, idempotencyKey: newKey('mx-release') } }),
  },
  {
    name: 'Mutation.reverseUsage', root: 'reverseUsage', write: true, expect: STAFF,
    doc: m('reverseUsage', 'UsageActionInput', USAGE_SEL),
    vars: () => ({ input: { usageId: fx.capturedForReverse, idempotencyKey: newKey('mx-reverse') } }),
  },
  {
    name: 'Mutation.grantQuota', root: 'grantQuota', write: true, expect: STAFF,
    doc: GRANT,
    vars: () => ({ input: { userId: OWN, benefitCode: 'FREE_RETURN_SHIPPING', amount: 1, reason: 'matrix goodwill', idempotencyKey: newKey('mx-grant') } }),
  },
];

// ---- nested fields where access matters -----------------------------------------------------

const nestedRows: Row[] = [
  { name: '__typename (anonymous allowed)', root: '__typename', doc: `{ __typename }`, expect: Object.fromEntries(ACTORS.map((a) => [a, 'allowed'])) as Record<ActorName, Outcome> },

  // a user's data, through user(id: own)
  { name: 'user(own).entitlements', root: 'user', doc: `{ user(id: "${OWN}") { entitlements { benefit { code } status limit used remaining reasons { code } } } }`, expect: OWN_USER },
  { name: 'user(own).entitlements(orderId: own order)', root: 'user', doc: `{ user(id: "${OWN}") { entitlements(orderId: "o-own") { benefit { code } status orderRemaining } } }`, expect: OWN_USER },
  { name: 'user(own).usage', root: 'user', doc: `{ user(id: "${OWN}") { usage(first: 10) { edges { node { id state amount orderId actorId reason transitions { toState actorId } } } } } }`, expect: OWN_USER },
  { name: 'user(own).memberships', root: 'user', doc: `{ user(id: "${OWN}") { memberships { id startsAt endsAt source createdBy tier { code } } } }`, expect: OWN_USER },
  { name: 'user(own).tier', root: 'user', doc: `{ user(id: "${OWN}") { tier { code } } }`, expect: OWN_USER },

  // the signed-in actor's own data, through me
  { name: 'me.entitlements', root: 'me', doc: `{ me { entitlements { benefit { code } status remaining } } }`, expect: READS_USERS },
  { name: 'me.usage', root: 'me', doc: `{ me { usage(first: 5) { edges { node { id state transitions { toState } rule { id } benefit { code } } } } } }`, expect: READS_USERS },
  { name: 'me.usage (cause, spendsQuota)', root: 'me', doc: `{ me { usage(first: 5) { edges { node { id cause spendsQuota } } } } }`, expect: READS_USERS },
  {
    name: 'me.usage cost and funding (staff only: not what it cost whom)', root: 'me', expect: STAFF,
    doc: `{ me { usage(first: 5) { edges { node { id cost costCurrency funder merchantShareBp merchantId } } } } }`,
    refused: (data) => data?.me?.usage?.edges?.find((e: { node: { cost: unknown } }) => e.node.cost !== null)?.node.cost,
  },
  { name: 'me.memberships', root: 'me', doc: `{ me { memberships { id tier { code } } } }`, expect: READS_USERS },
  { name: 'me.tier', root: 'me', doc: `{ me { tier(at: "2026-06-01T00:00:00Z") { code } } }`, expect: READS_USERS },

  // who holds a tier: staff only
  { name: 'tier.members', root: 'tier', doc: `{ tier(code: "GOLD") { members(first: 5) { edges { node { id userId startsAt source tier { code } } } } } }`, expect: STAFF },

  // staff-only batch read, with nested data
  { name: 'users(ids).usage', root: 'users', doc: `{ users(ids: ["${OWN}", "${OTHER}"]) { id usage(first: 5) { edges { node { id } } } memberships { id } } }`, expect: STAFF },
  { name: 'users(ids).entitlements', root: 'users', doc: `{ users(ids: ["${OWN}", "${OTHER}"]) { id tier { code } entitlements { benefit { code } remaining } } }`, expect: STAFF },

  // an order's data, through order(id: own order)
  // Spec ("Access"): customers see only their own user and usage, CS and ops read any user, the order
  // system records orders: it may read an order's facts, but not its owner's entitlements or usage.
  { name: 'order(own).entitlements (not for the order system)', root: 'order', doc: `{ order(id: "o-own") { entitlements { benefit { code } status orderRemaining claimDeadline } } }`, expect: OWN_USER },
  { name: 'order(own).usage (not for the order system)', root: 'order', doc: `{ order(id: "o-own") { usage { id state amount actorId reason } } }`, expect: OWN_USER },
  { name: 'order(own).usage.transitions (not for the order system)', root: 'order', doc: `{ order(id: "o-own") { usage { id transitions { fromState toState actorId reason } } } }`, expect: OWN_USER },
  { name: 'order(own).user.id (not for the order system)', root: 'order', doc: `{ order(id: "o-own") { user { id } } }`, expect: OWN_USER },
  { name: 'order(own).user.tier (spec: service may not read user data)', root: 'order', doc: `{ order(id: "o-own") { user { tier { code } } } }`, expect: OWN_USER },
  { name: 'order(own).user.usage (spec: service may not read user data)', root: 'order', doc: `{ order(id: "o-own") { user { usage(first: 10) { edges { node { id state orderId reason } } } } } }`, expect: OWN_USER },
  { name: 'order(own).user.memberships (spec: service may not read user data)', root: 'order', doc: `{ order(id: "o-own") { user { memberships { id tier { code } source } } } }`, expect: OWN_USER },
  { name: 'order(own).user.entitlements (spec: service may not read user data)', root: 'order', doc: `{ order(id: "o-own") { user { entitlements { benefit { code } used remaining } } } }`, expect: OWN_USER },

  // the same paths on the other customer's order: access follows the record, not the kind of actor
  { name: 'order(other) facts', root: 'order', doc: `{ order(id: "o-other") { id userId amount } }`, expect: only('customer (other)', 'cs_agent', 'ops_admin', 'service') },
  { name: 'order(other).user.usage', root: 'order', doc: `{ order(id: "o-other") { user { id usage(first: 10) { edges { node { id amount } } } } } }`, expect: OTHER_USER },
  { name: 'order(other).user.entitlements', root: 'order', doc: `{ order(id: "o-other") { user { entitlements(orderId: "o-other") { benefit { code } used } } } }`, expect: OTHER_USER },
  { name: 'order(other).usage', root: 'order', doc: `{ order(id: "o-other") { usage { id amount } } }`, expect: OTHER_USER },

  // a payload reaches the owner's data too: the order system records an order but may not read its owner
  {
    name: 'recordOrder.order.user.usage (records; the owner is not the order system\'s to read)', root: 'recordOrder',
    doc: m('recordOrder', 'RecordOrderInput', 'order { id user { usage(first: 5) { edges { node { id } } } } }'),
    vars: () => ({
      input: {
        id: fresh('o-rec-nested'), userId: OWN, merchantId: 'm-1', category: 'APPAREL', amount: 100, currency: 'CNY',
        placedAt: '2026-11-20T00:00:00Z', status: 'PLACED',
      },
    }),
    expect: only(),
    refused: (data) => data?.recordOrder?.order,
  },
  {
    name: 'consumeEntitlement.usage.transitions', root: 'consumeEntitlement', write: true, expect: STAFF,
    doc: m('consumeEntitlement', 'ConsumeEntitlementInput', 'usage { id userId transitions { toState actorId } benefit { code } } entitlement { remaining reasons { code } }'),
    vars: () => ({ input: { userId: OTHER, benefitCode: 'FREE_RETURN_SHIPPING', idempotencyKey: newKey('mx-nested') } }),
  },
];

const rows = [...rootRows, ...nestedRows];

// ---- fixtures (through the API) -------------------------------------------------------------

beforeAll(async () => {
  s = await startTestServer();
  schema = await aftercareSchema();
  s.clock.set('2026-11-01T00:00:00Z');
  await createTier(s, { code: 'REGULAR', name: 'Regular', rank: 0, isDefault: true });
  await createTier(s, { code: 'GOLD', name: 'Gold', rank: 20 });
  await createTier(s, { code: 'MX_EDIT', name: 'Editable', rank: 30 });
  await createTier(s, { code: 'MX_ARCH', name: 'To archive', rank: 40 });
  await defineBenefit(s, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return', name: 'Free return shipping' });
  await defineBenefit(s, { code: 'COMPENSATION_BUDGET', kind: 'AMOUNT', unit: 'CNY', name: 'Goodwill compensation' });
  await defineBenefit(s, { code: 'DEDICATED_CHANNEL', kind: 'ACCESS', name: 'Dedicated support channel' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 1000, period: 'CALENDAR_MONTH' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 1_000_000, period: 'CALENDAR_QUARTER' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'DEDICATED_CHANNEL', config: { channel: 'VIP_HOTLINE' } });
  await setRule(s, { tierCode: 'MX_EDIT', benefitCode: 'FREE_RETURN_SHIPPING', limit: 1, period: 'CALENDAR_MONTH' });
  for (const u of [OWN, OTHER]) await assignMembership(s, { userId: u, tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
  fx.membershipToEnd = (await assignMembership(s, { userId: 'u-end', tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' })).id;
  await recordOrder(s, { id: 'o-own', userId: OWN, amount: 10000, placedAt: '2026-10-30T00:00:00Z', deliveredAt: '2026-11-01T00:00:00Z' });
  await recordOrder(s, { id: 'o-other', userId: OTHER, amount: 10000, placedAt: '2026-10-30T00:00:00Z' });
  s.clock.set('2026-11-10T04:00:00Z');
  const use = { userId: OWN, benefitCode: 'FREE_RETURN_SHIPPING', orderId: 'o-own' };
  fx.heldForCapture = (await usageOp(s, HOLD, { ...use, reason: 'matrix hold (capture)' })).usage.id;
  fx.heldForRelease = (await usageOp(s, HOLD, { ...use, reason: 'matrix hold (release)' })).usage.id;
  fx.capturedForReverse = (await usageOp(s, CONSUME, { ...use, reason: 'matrix use (reverse)' })).usage.id;
  await usageOp(s, CONSUME, { userId: OTHER, benefitCode: 'FREE_RETURN_SHIPPING', orderId: 'o-other', reason: 'the other customer' });
  fx.sellerFault = (await usageOp(s, CONSUME, { ...use, cause: 'SELLER_FAULT', reason: 'matrix seller fault (appeal)' })).usage.id;
  const appealed = (await usageOp(s, CONSUME, { ...use, cause: 'SELLER_FAULT', reason: 'matrix seller fault (decision)' })).usage.id;
  const appeal = await s.gql(m('appealUsage', 'AppealUsageInput', 'appeal { id }'), { input: { usageId: appealed, reason: 'disputed', idempotencyKey: newKey('mx-a') } }, { token: await s.token('merchant', CHARGED_MERCHANT) });
  fx.appealToDecide = appeal.data!.appealUsage.appeal.id;
});
afterAll(() => s?.stop());

// ---- the matrix ------------------------------------------------------------------------------

it('has exactly one row per root Query and Mutation field of the schema', () => {
  const schemaFields = [
    ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
  ].sort();
  const rowNames = rootRows.map((r) => r.name).sort();
  expect(new Set(rowNames).size).toBe(rowNames.length);
  expect(rowNames).toEqual(schemaFields);
  for (const r of rootRows) expect(r.name.split('.')[1]).toBe(r.root);
});

it('checks access on every type that carries a user\'s data, wherever it is reached', () => {
  const types = Object.values(schema.getTypeMap()).filter(isObjectType).filter((t) => !t.name.startsWith('__'));
  // a type that is a user, or names the user it belongs to, checks on each of its fields
  const owned = types.filter((t) => t.name === 'User' || 'userId' in t.getFields());
  expect(owned.map((t) => t.name).sort()).toEqual(['ChargeDrift', 'CounterDrift', 'Grant', 'Membership', 'Order', 'SimulationSample', 'Usage', 'User']);
  // a type that names the merchant it charges checks too
  const charged = types.filter((t) => 'merchantId' in t.getFields() && !owned.includes(t) && !t.name.endsWith('Type'));
  expect(charged.map((t) => t.name).sort()).toEqual(['Appeal', 'MerchantCharge', 'MerchantSummary']);
  expect(charged.filter((t) => !readCheckOf(t)).map((t) => t.name)).toEqual([]);
  expect(owned.filter((t) => !readCheckOf(t)).map((t) => t.name)).toEqual([]);
  // An Entitlement names no user: each field returning one is on a guarded type, checks itself, or
  // is in the payload of a staff-only mutation (whose @Authorized role check is the read check).
  const unguarded = types.flatMap((t) =>
    Object.values(t.getFields())
      .filter((f) => getNamedType(f.type).name === 'Entitlement')
      .filter((f) => !readCheckOf(t) && !readCheckOf(f) && !t.name.endsWith('Payload'))
      .map((f) => `${t.name}.${f.name}`),
  );
  expect(unguarded).toEqual([]);
  // what the order system may read on an order stops at the order's own facts
  const order = schema.getType('Order');
  if (!isObjectType(order)) throw new Error('Order is not an object type');
  expect(Object.values(order.getFields()).filter((f) => readCheckOf(f)).map((f) => f.name).sort()).toEqual(['entitlements', 'usage', 'user']);
});

const codesOf = (r: GqlResult) => (r.errors ?? []).map((e) => String(e.extensions?.code));
/** Errors that say nothing about access but that a well-formed, permitted call may meet. */
const BUSINESS_CODES = ['NOT_FOUND', 'BAD_USER_INPUT'];

const cases = rows.flatMap((row) => ACTORS.map((actor) => [row.name, actor, row.expect[actor], row] as const));

it.each(cases)('%s as %s → %s', async (_name, actor, outcome, row) => {
  const before = row.write ? await rowCounts(s.db) : null;
  const r = await s.gql(row.doc, row.vars?.() ?? {}, await as(actor));
  const codes = codesOf(r);
  const summary = JSON.stringify({ status: r.status, errors: r.errors?.map((e) => ({ code: e.extensions?.code, message: e.message, path: e.path })), data: r.data });
  expect(r.status).toBeLessThan(500);
  if (outcome === 'allowed') {
    // access granted: no access error, and nothing else than a business error (so the row is well-formed)
    expect({ codes, summary }).toEqual({ codes: codes.filter((c) => BUSINESS_CODES.includes(c)), summary });
    if (codes.length === 0) expect(r.data?.[row.root]).toBeDefined();
    if (codes.length === 0 && row.root !== '__typename') expect(r.data?.[row.root]).not.toBeNull();
  } else {
    expect({ codes, summary }).toEqual({ codes: expect.arrayContaining([outcome]), summary });
    const other = outcome === 'FORBIDDEN' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    expect(codes).not.toContain(other);
    // nothing of the refused data is returned
    expect((row.refused ? row.refused(r.data) : r.data?.[row.root]) ?? null).toBeNull();
    if (before) expect(await rowCounts(s.db)).toEqual(before);
  }
});
