// Input objects are checked with class-validator; every failure names its field (input.path).
// Every DateTime argument and input field, wherever it sits, is checked against the one accepted
// range (inputs/edges.ts) from the field's GraphQL argument types, so a new one cannot be missed.
import { GraphQLInputType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { ResolverData } from 'type-graphql';
import { validate, ValidationError } from 'class-validator';
import { badInput, FieldProblem } from '../src/errors';
import { INSTANT_RANGE_MESSAGE, instantInRange } from './inputs/edges';

function flatten(errors: ValidationError[], path: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = `${path}.${e.property}`;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Instants out of range in `value` of GraphQL input type `type`, named by their path. */
function instantsOutOfRange(value: unknown, type: GraphQLInputType, path: string, out: FieldProblem[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return instantsOutOfRange(value, type.ofType, path, out);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((v, i) => instantsOutOfRange(v, type.ofType, `${path}.${i}`, out));
    return;
  }
  if (isInputObjectType(type)) {
    for (const f of Object.values(type.getFields())) instantsOutOfRange((value as Record<string, unknown>)[f.name], f.type, `${path}.${f.name}`, out);
    return;
  }
  if (isScalarType(type) && type.name === 'DateTime' && value instanceof Date && !instantInRange(value)) {
    out.push({ field: path, message: `${INSTANT_RANGE_MESSAGE} (got ${Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString()})` });
  }
}

/** Every argument of the field being resolved: its instants out of range. */
function argumentInstants({ info, args }: ResolverData): FieldProblem[] {
  const field = info.parentType.getFields()[info.fieldName];
  const out: FieldProblem[] = [];
  for (const arg of field?.args ?? []) instantsOutOfRange(args[arg.name], arg.type, arg.name, out);
  return out;
}

/**
 * type-graphql validateFn, called once per argument: `input` objects are validated with
 * class-validator (scalars are typed by GraphQL), and every argument's instants are range-checked.
 */
export async function validateInput(argValue: unknown, _type: unknown, resolverData: ResolverData): Promise<void> {
  const problems = argumentInstants(resolverData);
  if (argValue !== null && typeof argValue === 'object' && !(argValue instanceof Date) && !Array.isArray(argValue)) {
    const errors = await validate(argValue, { forbidUnknownValues: false, validationError: { target: false } });
    for (const p of flatten(errors, 'input')) {
      if (!problems.some((q) => q.field === p.field && q.message === p.message)) problems.push(p);
    }
  }
  if (problems.length) throw badInput(problems);
}
