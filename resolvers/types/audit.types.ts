import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from './connection';

@ObjectType('AuditEntry', { description: 'Who changed what and when, with the state before and after.' })
export class AuditEntryType {
  @Field(() => ID, { description: 'Increasing with time; the list is newest first.' }) id: number;
  @Field({ description: 'The token subject who made the change.' }) actorId: string;
  @Field(() => [String], { description: "The actor's roles at the time." }) actorRoles: string[];
  @Field({ description: 'What was done, as <entity>.<verb>, e.g. tier.create, rule.set, grant.create.' }) action: string;
  @Field({ description: 'What kind of record changed, e.g. tier, rule, membership, grant.' }) entityType: string;
  @Field({ description: 'The id of the record that changed (a code for tiers and benefits).' }) entityId: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record before the change; null when it was created.' }) before: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record after the change.' }) after: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: 'The request that made the change, to match with logs.' }) requestId: string | null;
  @Field(() => Date, { description: 'When the change was committed.' }) createdAt: Date;
}

export const AuditConnection = Connection(AuditEntryType, 'AuditEntry', 'audit entries');
