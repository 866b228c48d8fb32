// The GraphQL edge of error handling: a RequestProblem (src/errors.ts) becomes a client error
// with its code and details, GraphQL's own client errors keep theirs (never a stack trace), a lost
// database becomes a retryable SERVICE_UNAVAILABLE, anything else is masked as
// INTERNAL_SERVER_ERROR (no stack, no SQL) and logged with the request id, which every error also
// carries so support can find it.
import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { RequestContext } from '../context';
import { isConnectionLoss } from '../db/failures';
import { RequestProblem } from '../errors';
import { Logger } from '../logger';

/** Codes GraphQL itself (parsing, validation, variables) and Apollo give client errors. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const isClientCode = (code: unknown) => CLIENT_CODES.has(String(code ?? ''));

export const formatError = (exposeInternals: boolean) => (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const original = unwrapResolverError(error);
  if (original instanceof RequestProblem) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code, ...original.details } };
  }
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  if (isClientCode(formatted.extensions?.code)) return { ...formatted, extensions };
  if (isConnectionLoss(original)) {
    return {
      message: 'The database is unavailable. Retry shortly; for writes use the same idempotencyKey, which returns the result if the write did commit.',
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    };
  }
  if (exposeInternals) return { ...formatted, extensions: { ...extensions, stacktrace } };
  return {
    message: 'Internal server error. Quote the request id to support.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
};

export function errorsPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const err of errors) {
            if (!(err.originalError instanceof RequestProblem) && !isClientCode((err as GraphQLError).extensions?.code)) {
              logger.error({ requestId: contextValue.requestId, err: err.originalError ?? err, path: err.path }, 'request error');
            }
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}
