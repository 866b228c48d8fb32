// Mutation payloads: the result, named after what it carries, and userErrors.
import { ClassType, Field, ObjectType } from 'type-graphql';
import { BenefitType, RuleType, TierType } from './catalog.types';
import { MembershipType, OrderType } from './user.types';
import { UserError } from './user-error';

function Payload<T extends object>(name: string, field: string, type: ClassType<T>) {
  @ObjectType(name)
  class PayloadType {
    @Field(() => [UserError]) userErrors: UserError[];
  }
  Field(() => type, { nullable: true })(PayloadType.prototype, field);
  return PayloadType;
}

export const TierPayload = Payload('TierPayload', 'tier', TierType);
export const BenefitPayload = Payload('BenefitPayload', 'benefit', BenefitType);
export const RulePayload = Payload('RulePayload', 'rule', RuleType);
export const MembershipPayload = Payload('MembershipPayload', 'membership', MembershipType);
export const OrderPayload = Payload('OrderPayload', 'order', OrderType);
