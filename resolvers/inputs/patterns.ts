// Shapes of codes, ids and keys. Besides catching typos early, they keep out leading and trailing
// blanks, which MySQL's PAD SPACE collations would otherwise treat as equal ("GOLD " = "GOLD").
import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { applyDecorators } from './decorators';

const CODE = /^[A-Z][A-Z0-9_]*$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const KEY = /^[A-Za-z0-9_.:-]+$/;

/** A tier or benefit code: UPPER_SNAKE_CASE. */
export const IsCode = () => applyDecorators(Length(2, 64), Matches(CODE, { message: ({ property }) => `${property} must be UPPER_SNAKE_CASE (A-Z, 0-9, _), starting with a letter` }));
/** A user, order, merchant, membership or usage id. */
export const IsExternalId = () => applyDecorators(Length(1, 64), Matches(ID, { message: ({ property }) => `${property} must be 1-64 characters of letters, digits, _ . : - (no spaces)` }));
export const IsIdempotencyKey = () => applyDecorators(Length(8, 128), Matches(KEY, { message: 'idempotencyKey must be 8-128 characters of letters, digits, _ . : -' }));

/** The key's contract, told in every idempotencyKey description. */
export const KEY_RULES = '8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days';
export const KEY_DESCRIPTION = `Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). ${KEY_RULES}.`;

/** Base of configuration inputs: an optional key makes a retried write return its first result. */
@InputType({ description: 'Fields every configuration input has.' })
export class IdempotentInput {
  @Field({ nullable: true, description: `Optional. ${KEY_DESCRIPTION}` })
  @IsOptional() @IsIdempotencyKey() idempotencyKey?: string;
}
