import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { MembershipSource, OrderStatus } from '../../src/domain/types';
import { itsOwner, ReadableBy, theOrder, theUser } from '../access';
import { Connection } from './connection';
import { MembershipSourceEnum, OrderStatusEnum } from './enums';

@ObjectType('User', { description: "A platform user as Aftercare sees them: memberships, tier and entitlements. Identities live in the platform's account system. Readable by the user themselves and by staff." })
@ReadableBy(theUser)
export class UserType {
  @Field(() => ID, { description: "The platform's user id (the `sub` of a customer's token)." }) id: string;
}

@ObjectType('Membership', { description: 'A user holds a tier over [startsAt, endsAt); open-ended when endsAt is null.' })
@ReadableBy(itsOwner)
export class MembershipType {
  @Field(() => ID, { description: 'Stable id, for endMembership.' }) id: string;
  @Field(() => ID, { description: 'Who holds the tier.' }) userId: string;
  @Field(() => Date, { description: 'First instant the membership covers.' }) startsAt: Date;
  @Field(() => Date, { nullable: true, description: 'First instant it no longer covers; null when open-ended.' }) endsAt: Date | null;
  @Field(() => MembershipSourceEnum, { description: 'How the membership came about.' }) source: MembershipSource;
  @Field({ description: 'The actor (token subject) who assigned it.' }) createdBy: string;
  @Field(() => Date, { description: 'When it was assigned.' }) createdAt: Date;
  tierId: string;
}

export const MembershipConnection = Connection(MembershipType, 'Membership', 'memberships');

@ObjectType('Order', { description: 'Order facts recorded by the order system. Readable by the owner, staff and the order system; what the owner may do on it (entitlements, usage) only by the owner and staff.' })
@ReadableBy(theOrder)
export class OrderType {
  @Field(() => ID, { description: "The platform's order id." }) id: string;
  @Field(() => ID, { description: 'The customer who placed the order; it never changes.' }) userId: string;
  @Field({ description: 'The merchant the order is from.' }) merchantId: string;
  @Field({ description: 'The product category, matched by rule conditions.' }) category: string;
  @Field(() => GraphQLSafeInt, { description: 'Order total in minor units of currency.' }) amount: number;
  @Field({ description: 'ISO 4217 code of amount.' }) currency: string;
  @Field(() => Date, { description: 'When the order was placed; decides the ORDER_TIME tier.' }) placedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was delivered; claim windows run from here (else from placedAt).' }) deliveredAt: Date | null;
  @Field(() => OrderStatusEnum, { description: "The order system's status, as last recorded." }) status: OrderStatus;
  @Field(() => Date, { description: 'When the order was last recorded.' }) updatedAt: Date;
}
