import { Appeal } from './appeal.entity';
import { AuditEntry } from './audit-entry.entity';
import { Benefit } from './benefit.entity';
import { CatalogVersion } from './catalog-version.entity';
import { IdempotencyKey } from './idempotency-key.entity';
import { Membership } from './membership.entity';
import { Order } from './order.entity';
import { QuotaGrant } from './quota-grant.entity';
import { Tier } from './tier.entity';
import { TierBenefitRule } from './tier-benefit-rule.entity';
import { UsageCharge } from './usage-charge.entity';
import { UsageCounter } from './usage-counter.entity';
import { UsageEntry } from './usage-entry.entity';
import { UsageTransition } from './usage-transition.entity';

export {
  Appeal, AuditEntry, Benefit, CatalogVersion, IdempotencyKey, Membership, Order, QuotaGrant, Tier, TierBenefitRule,
  UsageCharge, UsageCounter, UsageEntry, UsageTransition,
};

export const entities = [
  Appeal, AuditEntry, Benefit, CatalogVersion, IdempotencyKey, Membership, Order, QuotaGrant, Tier, TierBenefitRule,
  UsageCharge, UsageCounter, UsageEntry, UsageTransition,
];
