// GraphQL documents and helpers for the consumption API, shared by the consumption tests.
import { TestServer } from './harness';

const USAGE_FIELDS = `usage { id state amount periodStart orderId expiresAt } entitlement { status remaining used held orderRemaining reasons { code } } userErrors { code field message }`;

export const HOLD = `mutation($input: HoldEntitlementInput!) { holdEntitlement(input: $input) { ${USAGE_FIELDS} } }`;
export const CONSUME = `mutation($input: ConsumeEntitlementInput!) { consumeEntitlement(input: $input) { ${USAGE_FIELDS} } }`;
export const CAPTURE = `mutation($input: UsageActionInput!) { captureUsage(input: $input) { ${USAGE_FIELDS} } }`;
export const RELEASE = `mutation($input: UsageActionInput!) { releaseUsage(input: $input) { ${USAGE_FIELDS} } }`;
export const REVERSE = `mutation($input: UsageActionInput!) { reverseUsage(input: $input) { ${USAGE_FIELDS} } }`;
export const GRANT = `mutation($input: GrantQuotaInput!) { grantQuota(input: $input) { grant { id amount expiresAt } entitlement { remaining } userErrors { code field message } } }`;
export const VERIFY = `{ verifyLedger { countersChecked entriesChecked drift { userId periodKey counterHeld counterCaptured ledgerHeld ledgerCaptured } } }`;

let n = 0;
export const newKey = (prefix = 'key') => `${prefix}-${process.pid}-${Date.now()}-${++n}`;

/** Runs a usage mutation as a CS agent and returns its payload (throws on GraphQL errors). */
export async function usageOp(s: TestServer, doc: string, input: Record<string, unknown>) {
  const r = await s.gql(doc, { input: { idempotencyKey: newKey(), ...input } }, 'cs_agent');
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return Object.values(r.data)[0] as any;
}

export async function expectLedgerClean(s: TestServer) {
  const r = await s.gql(VERIFY);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.verifyLedger as { countersChecked: number; entriesChecked: number; drift: unknown[] };
}
