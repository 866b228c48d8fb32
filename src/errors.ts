// Why a request cannot be served, in the service's own terms: typed, free of GraphQL. Services,
// auth and validation throw these; src/http/errors-plugin.ts (GraphQL) and src/http/server.ts
// (before GraphQL) are the one edge that turns them into client errors. Expected outcomes of a
// write (quota exhausted …) are not errors: they are payload userErrors (services/outcome.ts).

export type ProblemCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE';

export class RequestProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    /** Extra facts a client can act on: the offending fields, the missing id, retryable. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'RequestProblem';
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

export const unauthenticated = (message = 'A valid bearer token is required.') => new RequestProblem('UNAUTHENTICATED', message);

export const forbidden = (message = 'You are not allowed to do this.') => new RequestProblem('FORBIDDEN', message);

export const notFound = (what: string, id: string) => new RequestProblem('NOT_FOUND', `${what} "${id}" was not found.`, { what, id });

/** Bad input: the message names every offending field, and `fields` lists them. */
export const badInput = (problems: FieldProblem[]) =>
  new RequestProblem('BAD_USER_INPUT', `Invalid input: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, { fields: problems });

/** Nothing was written; the same request may be sent again (writes: with the same idempotencyKey). */
export const serviceUnavailable = (message: string) => new RequestProblem('SERVICE_UNAVAILABLE', message, { retryable: true });
