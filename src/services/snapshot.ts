// What an idempotent write stores as its answer: JSON in which instants stay instants (tagged
// {"$date": ISO}, whatever field they are in) and rows are named by id, so a repeat gets back
// exactly the figures the original request saw, resolved against the catalog it reads now.
import { RequestContext } from '../context';
import { EntitlementView } from './entitlement.service';

export function encodeAnswer(value: unknown): string {
  // A replacer sees a Date only as its toJSON string; `this[key]` is the Date itself.
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
}

export function decodeAnswer<T>(text: string): T {
  return JSON.parse(text, (_key, v) =>
    v !== null && typeof v === 'object' && typeof v.$date === 'string' && Object.keys(v).length === 1 ? new Date(v.$date) : v) as T;
}

export type EntitlementSnapshot = Omit<EntitlementView, 'benefit' | 'tier' | 'rule'> & {
  benefitId: string;
  tierId: string | null;
  ruleId: string | null;
};

export const snapshotEntitlement = ({ benefit, tier, rule, ...figures }: EntitlementView): EntitlementSnapshot =>
  ({ ...figures, benefitId: benefit.id, tierId: tier?.id ?? null, ruleId: rule?.id ?? null });

export async function restoreEntitlement(ctx: RequestContext, s: EntitlementSnapshot): Promise<EntitlementView> {
  const catalog = await ctx.loaders.catalog();
  const { benefitId, tierId, ruleId, ...figures } = s;
  return {
    ...figures,
    benefit: catalog.benefitById.get(benefitId)!,
    tier: tierId === null ? null : catalog.tierById.get(tierId) ?? null,
    rule: ruleId === null ? null : catalog.ruleById.get(ruleId) ?? null,
  };
}
