import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An expected business outcome that stopped a write; nothing was written.' })
export class UserError {
  @Field({ description: 'Stable machine code, e.g. CODE_TAKEN, RULE_OVERLAP, QUOTA_EXHAUSTED.' }) code: string;
  @Field(() => String, { nullable: true, description: 'Input path of the offending field, e.g. "input.rank".' }) field: string | null;
  @Field({ description: 'What went wrong, in words an operator can act on.' }) message: string;
}
