// GraphQL errors for transport and access problems; business outcomes go in payload userErrors.
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  field: string;
  message: string;
}

export const unauthenticated = (message = 'A valid bearer token is required.') =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });

export const forbidden = (message = 'You are not allowed to do this.') =>
  new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

export const notFound = (what: string, id: string) =>
  new GraphQLError(`${what} "${id}" was not found.`, { extensions: { code: 'NOT_FOUND', what, id } });

/** Bad input: the message names every offending field, and `extensions.fields` lists them. */
export const badInput = (problems: FieldProblem[]) =>
  new GraphQLError(`Invalid input: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, {
    extensions: { code: 'BAD_USER_INPUT', fields: problems },
  });
