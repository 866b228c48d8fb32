// Input objects are checked with class-validator; every failure names its field (input.path).
import { validate, ValidationError } from 'class-validator';
import { badInput, FieldProblem } from '../src/errors';

function flatten(errors: ValidationError[], path: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = `${path}.${e.property}`;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** type-graphql validateFn: only `input` objects are validated (scalars are typed by GraphQL). */
export async function validateInput(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object' || argValue instanceof Date || Array.isArray(argValue)) return;
  const errors = await validate(argValue, { forbidUnknownValues: false, validationError: { target: false } });
  if (errors.length) throw badInput(flatten(errors, 'input'));
}
