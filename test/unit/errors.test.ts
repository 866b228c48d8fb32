// Error shaping: client errors keep their code without a stack; a lost database is a retryable
// SERVICE_UNAVAILABLE; anything else is masked (no message, stack or SQL leaks).
import { GraphQLError } from 'graphql';
import { badInput, notFound } from '../../src/errors';
import { formatError } from '../../src/http/errors-plugin';

const format = formatError(false);
const asResolverError = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

it('turns a service problem into a client error with its code and details, never a stack trace', () => {
  const out = format({ message: 'Unexpected error.', path: ['tier'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at …'] } }, asResolverError(notFound('Tier', 'X')));
  expect(out).toEqual({ message: 'Tier "X" was not found.', path: ['tier'], extensions: { code: 'NOT_FOUND', what: 'Tier', id: 'X' } });
  const bad = format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, asResolverError(badInput([{ field: 'input.code', message: 'too long' }])));
  expect(bad.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.code', message: 'too long' }] });
});

it("keeps GraphQL's own client errors but drops their stack trace", () => {
  const out = format({ message: 'Syntax Error: Expected Name.', extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: ['at …'] } }, new GraphQLError('x'));
  expect(out).toEqual({ message: 'Syntax Error: Expected Name.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
});

it('masks internal errors: no message, stack or SQL', () => {
  const sqlError = Object.assign(new Error("ER_NO_SUCH_TABLE: Table 'aftercare.tiers' doesn't exist"), { code: 'ER_NO_SUCH_TABLE', sql: 'SELECT * FROM tiers' });
  const out = format({ message: sqlError.message, path: ['tiers'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: …'] } }, asResolverError(sqlError));
  expect(out).toEqual({ message: 'Internal server error. Quote the request id to support.', path: ['tiers'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  expect(JSON.stringify(out)).not.toMatch(/SELECT|ER_NO_SUCH_TABLE|stack/);
});

it.each(['ECONNREFUSED', 'PROTOCOL_CONNECTION_LOST', 'ECONNRESET', 'ETIMEDOUT'])('reports a lost database (%s) as retryable SERVICE_UNAVAILABLE', (code) => {
  const lost = Object.assign(new Error(`connect ${code} 127.0.0.1:3306`), { code });
  const out = format({ message: lost.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, asResolverError(lost));
  expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
  expect(out.message).not.toContain('127.0.0.1');
});

it('shows internals in development only', () => {
  const out = formatError(true)({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['a'] } }, asResolverError(new Error('boom')));
  expect(out).toMatchObject({ message: 'boom', extensions: { stacktrace: ['a'] } });
});
