import { Outcome } from '../src/services/outcome';

/** Shapes a service outcome as a payload whose result field is named after what it carries. */
export const payload = <K extends string, T>(field: K, outcome: Outcome<T>) =>
  ({ [field]: outcome.value, userErrors: outcome.userErrors }) as { [P in K]: T | null } & { userErrors: Outcome<T>['userErrors'] };

/** Shapes an outcome whose value already has the payload's fields (e.g. { usage, entitlement }). */
export const spreadPayload = <T extends object>(outcome: Outcome<T>) => ({ ...(outcome.value ?? {}), userErrors: outcome.userErrors });
