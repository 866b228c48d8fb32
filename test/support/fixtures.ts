// Configures scenarios through the public API only, the way ops and the order system would.
import { TestServer } from './harness';

async function mutate(s: TestServer, field: string, inputType: string, selection: string, input: object, as: 'ops_admin' | 'service' = 'ops_admin') {
  const r = await s.gql(`mutation($input: ${inputType}!) { ${field}(input: $input) { ${selection} userErrors { code field message } } }`, { input }, as);
  if (r.errors) throw new Error(`${field} failed: ${JSON.stringify(r.errors)}`);
  const result = r.data[field];
  if (result.userErrors.length) throw new Error(`${field} refused: ${JSON.stringify(result.userErrors)}`);
  return result;
}

export const createTier = (s: TestServer, input: { code: string; name?: string; rank: number; isDefault?: boolean }) =>
  mutate(s, 'createTier', 'CreateTierInput', 'tier { id code rank isDefault }', { name: input.code, ...input }).then((r) => r.tier);

export const defineBenefit = (s: TestServer, input: { code: string; kind: string; unit?: string; name?: string; fundedBy?: string }) =>
  mutate(s, 'defineBenefit', 'DefineBenefitInput', 'benefit { id code kind unit }', { name: input.code, fundedBy: 'PLATFORM', ...input }).then((r) => r.benefit);

export const setRule = (s: TestServer, input: Record<string, unknown>) =>
  mutate(s, 'setTierBenefit', 'SetTierBenefitInput', 'rule { id limit period effectiveFrom effectiveTo }', input).then((r) => r.rule);

export const assignMembership = (s: TestServer, input: { userId: string; tierCode: string; startsAt?: string; endsAt?: string; source?: string }) =>
  mutate(s, 'assignMembership', 'AssignMembershipInput', 'membership { id startsAt endsAt }', { source: 'MANUAL', ...input }).then((r) => r.membership);

export const recordOrder = (s: TestServer, input: Record<string, unknown>) =>
  mutate(s, 'recordOrder', 'RecordOrderInput', 'order { id userId amount }', {
    merchantId: 'm-1', category: 'APPAREL', currency: 'CNY', status: 'DELIVERED', ...input,
  }, 'service').then((r) => r.order);

/** A small catalog: REGULAR (default) < SILVER < GOLD, with one benefit of each kind. */
export async function basicCatalog(s: TestServer) {
  await createTier(s, { code: 'REGULAR', name: 'Regular', rank: 0, isDefault: true });
  await createTier(s, { code: 'SILVER', name: 'Silver', rank: 10 });
  await createTier(s, { code: 'GOLD', name: 'Gold', rank: 20 });
  await defineBenefit(s, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return', name: 'Free return shipping' });
  await defineBenefit(s, { code: 'COMPENSATION_BUDGET', kind: 'AMOUNT', unit: 'CNY', name: 'Goodwill compensation' });
  await defineBenefit(s, { code: 'DEDICATED_CHANNEL', kind: 'ACCESS', name: 'Dedicated support channel' });
}
