// The consumption API as the CS tools and the ops console call it: the text of their documents
// (clients/cs, clients/ops), exactly as a client library prints and sends it, shared by the tests.
import {
  CsCaptureUsageDocument, CsConsumeEntitlementDocument, CsGrantQuotaDocument, CsHoldEntitlementDocument, CsReleaseUsageDocument,
  CsReverseUsageDocument,
} from '../../clients/cs/graphql';
import { OpsVerifyLedgerDocument } from '../../clients/ops/graphql';
import { printed, TestServer } from './harness';

export const HOLD = printed(CsHoldEntitlementDocument);
export const CONSUME = printed(CsConsumeEntitlementDocument);
export const CAPTURE = printed(CsCaptureUsageDocument);
export const RELEASE = printed(CsReleaseUsageDocument);
export const REVERSE = printed(CsReverseUsageDocument);
export const GRANT = printed(CsGrantQuotaDocument);
export const VERIFY = printed(OpsVerifyLedgerDocument);

let n = 0;
export const newKey = (prefix = 'key') => `${prefix}-${process.pid}-${Date.now()}-${++n}`;

/** Runs a usage mutation as a CS agent and returns its payload (throws on GraphQL errors). */
export async function usageOp(s: TestServer, doc: string, input: Record<string, unknown>) {
  const r = await s.gql(doc, { input: { idempotencyKey: newKey(), ...input } }, 'cs_agent');
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return Object.values(r.data)[0] as any;
}

export async function expectLedgerClean(s: TestServer) {
  const r = await s.op(OpsVerifyLedgerDocument, {});
  if (r.errors || !r.data) throw new Error(JSON.stringify(r.errors));
  // Every use's charges add up to what it owes, wherever a test checks the ledger.
  if (r.data.verifyLedger.chargeDrift.length) throw new Error(`charge drift: ${JSON.stringify(r.data.verifyLedger.chargeDrift)}`);
  return r.data.verifyLedger;
}
