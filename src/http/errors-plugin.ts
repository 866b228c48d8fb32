// Error shaping: client errors keep their code (never a stack trace), a lost database becomes a
// retryable SERVICE_UNAVAILABLE, anything else is masked as INTERNAL_SERVER_ERROR (no stack, no
// SQL) and logged with the request id, which every error also carries so support can find it.
import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { RequestContext } from '../context';
import { isConnectionLoss } from '../db/failures';
import { Logger } from '../logger';

const CLIENT_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE',
]);

const isClientCode = (code: unknown) => CLIENT_CODES.has(String(code ?? ''));

export const formatError = (exposeInternals: boolean) => (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  if (isClientCode(formatted.extensions?.code)) return { ...formatted, extensions };
  if (isConnectionLoss(unwrapResolverError(error))) {
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
            if (!isClientCode((err as GraphQLError).extensions?.code)) {
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
