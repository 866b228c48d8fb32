// Configures scenarios through the public API only, the way ops and the order system would: with the
// ops and order-system teams' own documents (clients/<team>/graphql.ts).
import {
  AssignMembershipDocument, AssignMembershipInput, CreateTierDocument, DefineBenefitDocument, DefineBenefitInput,
  SetTierBenefitDocument, SetTierBenefitInput,
} from '../../clients/ops/graphql';
import { RecordOrderDocument, RecordOrderInput } from '../../clients/order-system/graphql';
import { GqlResult, TestServer } from './harness';

type Payload = { userErrors: Array<{ code: string }> };

/** The one payload of a mutation result; throws on GraphQL errors or userErrors, so fixtures fail loudly. */
function payload<T extends Record<string, Payload>, K extends keyof T>(name: K, r: GqlResult<T>): T[K] {
  if (r.errors || !r.data) throw new Error(`${String(name)} failed: ${JSON.stringify(r.errors)}`);
  const result = r.data[name];
  if (result.userErrors.length) throw new Error(`${String(name)} refused: ${JSON.stringify(result.userErrors)}`);
  return result;
}

export const createTier = async (s: TestServer, input: { code: string; name?: string; rank: number; isDefault?: boolean }) =>
  payload('createTier', await s.op(CreateTierDocument, { input: { name: input.code, ...input } })).tier!;

export const defineBenefit = async (s: TestServer, input: { code: string; kind: string; unit?: string; name?: string; fundedBy?: string }) =>
  payload('defineBenefit', await s.op(DefineBenefitDocument, { input: { name: input.code, fundedBy: 'PLATFORM', ...input } as DefineBenefitInput })).benefit!;

/** Loosely typed on purpose: tests pass literals (period: 'CALENDAR_MONTH') and deliberately odd inputs. */
export const setRule = async (s: TestServer, input: Record<string, unknown>) =>
  payload('setTierBenefit', await s.op(SetTierBenefitDocument, { input: input as SetTierBenefitInput })).rule!;

export const assignMembership = async (s: TestServer, input: { userId: string; tierCode: string; startsAt?: string; endsAt?: string; source?: string }) =>
  payload('assignMembership', await s.op(AssignMembershipDocument, { input: { source: 'MANUAL', ...input } as AssignMembershipInput })).membership!;

export const recordOrder = async (s: TestServer, input: Record<string, unknown>) =>
  payload('recordOrder', await s.op(RecordOrderDocument, {
    input: { merchantId: 'm-1', category: 'APPAREL', currency: 'CNY', status: 'DELIVERED', ...input } as RecordOrderInput,
  }, 'service')).order!;

/** A small catalog: REGULAR (default) < SILVER < GOLD, with one benefit of each kind. */
export async function basicCatalog(s: TestServer) {
  await createTier(s, { code: 'REGULAR', name: 'Regular', rank: 0, isDefault: true });
  await createTier(s, { code: 'SILVER', name: 'Silver', rank: 10 });
  await createTier(s, { code: 'GOLD', name: 'Gold', rank: 20 });
  await defineBenefit(s, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return', name: 'Free return shipping' });
  await defineBenefit(s, { code: 'COMPENSATION_BUDGET', kind: 'AMOUNT', unit: 'CNY', name: 'Goodwill compensation' });
  await defineBenefit(s, { code: 'DEDICATED_CHANNEL', kind: 'ACCESS', name: 'Dedicated support channel' });
}
