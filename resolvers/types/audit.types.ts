import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from './connection';

@ObjectType('AuditEntry', { description: 'Who changed what and when, with the state before and after.' })
export class AuditEntryType {
  @Field(() => ID) id: number;
  @Field() actorId: string;
  @Field(() => [String]) actorRoles: string[];
  @Field() action: string;
  @Field() entityType: string;
  @Field() entityId: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) before: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) after: Record<string, unknown> | null;
  @Field(() => String, { nullable: true }) requestId: string | null;
  @Field(() => Date) createdAt: Date;
}

export const AuditConnection = Connection(AuditEntryType, 'AuditEntry');
