import { Field, ObjectType } from 'type-graphql';
import { UserErrorCode } from '../../src/domain/codes';
import { UserErrorCodeEnum } from './enums';

@ObjectType({ description: 'An expected business outcome that stopped a write; nothing was written.' })
export class UserError {
  @Field(() => UserErrorCodeEnum, { description: 'Stable machine code to switch on, e.g. CODE_TAKEN, RULE_OVERLAP, QUOTA_EXHAUSTED.' }) code: UserErrorCode;
  @Field(() => String, { nullable: true, description: 'Input path of the offending field, e.g. "input.rank"; null when no single field is at fault.' }) field: string | null;
  @Field({ description: 'What went wrong, in words an operator can act on.' }) message: string;
}
