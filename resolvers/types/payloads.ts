// Mutation payloads: the result, named after what it carries, and userErrors.
import { ClassType, Field, ObjectType } from 'type-graphql';
import { BenefitType, RuleType, TierType } from './catalog.types';
import { MembershipType, OrderType } from './user.types';
import { UserError } from './user-error';

function Payload<T extends object>(name: string, field: string, type: ClassType<T>, what: string) {
  @ObjectType(name, { description: `The result of a write of ${what}: the ${field} as written, or why nothing was written.` })
  class PayloadType {
    @Field(() => [UserError], { description: 'Why the write was refused; empty when it was made.' }) userErrors: UserError[];
  }
  Field(() => type, { nullable: true, description: `The ${field} as written (or as the first request with the same idempotencyKey wrote it); null when refused.` })(PayloadType.prototype, field);
  return PayloadType;
}

export const TierPayload = Payload('TierPayload', 'tier', TierType, 'a tier');
export const BenefitPayload = Payload('BenefitPayload', 'benefit', BenefitType, 'a benefit');
export const RulePayload = Payload('RulePayload', 'rule', RuleType, 'a tier benefit rule');
export const MembershipPayload = Payload('MembershipPayload', 'membership', MembershipType, 'a membership');
export const OrderPayload = Payload('OrderPayload', 'order', OrderType, 'an order');
