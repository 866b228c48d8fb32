// Masks internal errors (no stack, no SQL) and tags every error with the request id, which is
// also what the log line carries, so support can find the cause.
import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { RequestContext } from '../context';
import { Logger } from '../logger';

const CLIENT_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE',
]);

export function isClientError(e: GraphQLFormattedError): boolean {
  return CLIENT_CODES.has(String(e.extensions?.code ?? ''));
}

export function errorsPlugin(logger: Logger, exposeInternals: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const err of errors) {
            const code = (err as GraphQLError).extensions?.code;
            if (!CLIENT_CODES.has(String(code ?? ''))) {
              logger.error({ requestId: contextValue.requestId, err: err.originalError ?? err, path: err.path }, 'internal error');
            }
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
            isClientError(e)
              ? { ...e, extensions: { ...e.extensions, stacktrace: undefined, requestId: contextValue.requestId } }
              : exposeInternals
              ? { ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }
              : {
                  message: 'Internal server error. Quote the request id to support.',
                  path: e.path,
                  extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
                },
          );
        },
      };
    },
  };
}
