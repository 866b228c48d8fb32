// What an idempotent write stores as its answer: plain JSON with ids instead of rows, so a repeat
// gets back exactly the figures the original request saw.
import { UsageEntry } from '../../entities';
import { RequestContext } from '../context';
import { EntitlementView } from './entitlement.service';

type Dated<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

export type EntitlementSnapshot = Dated<Omit<EntitlementView, 'benefit' | 'tier' | 'rule'>> & {
  benefitId: string;
  tierId: string | null;
  ruleId: string | null;
};

export const snapshotEntitlement = ({ benefit, tier, rule, ...figures }: EntitlementView): EntitlementSnapshot =>
  ({ ...JSON.parse(JSON.stringify(figures)), benefitId: benefit.id, tierId: tier?.id ?? null, ruleId: rule?.id ?? null });

const DATE_FIELDS = [
  'periodStart', 'resetsAt', 'claimDeadline', 'periodEnd', 'expiresAt', 'createdAt', 'updatedAt', 'startsAt', 'endsAt',
  'archivedAt', 'effectiveFrom', 'effectiveTo', 'placedAt', 'deliveredAt',
];

/** Revives the ISO strings JSON made of Dates. */
export function revive<T>(json: object): T {
  const out: Record<string, unknown> = { ...json };
  for (const k of DATE_FIELDS) if (typeof out[k] === 'string') out[k] = new Date(out[k] as string);
  return out as T;
}

export async function restoreEntitlement(ctx: RequestContext, s: EntitlementSnapshot): Promise<EntitlementView> {
  const [benefits, tiers, rules] = await Promise.all([ctx.loaders.benefits(), ctx.loaders.tiers(), ctx.loaders.rules()]);
  const { benefitId, tierId, ruleId, ...figures } = s;
  return {
    ...revive<Omit<EntitlementView, 'benefit' | 'tier' | 'rule'>>(figures),
    benefit: benefits.find((b) => b.id === benefitId)!,
    tier: tiers.find((t) => t.id === tierId) ?? null,
    rule: rules.find((r) => r.id === ruleId) ?? null,
  };
}

export const restoreUsage = (json: object) => revive<UsageEntry>(json);
