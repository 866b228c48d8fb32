// Error shaping: client errors keep their code without a stack; a lost database is a retryable
// SERVICE_UNAVAILABLE; anything else is masked (no message, stack or SQL leaks).
import { GraphQLError } from 'graphql';
import { formatError } from '../../src/http/errors-plugin';

const format = formatError(false);
const asResolverError = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

it('keeps client errors but drops their stack trace', () => {
  const out = format({ message: 'Tier "X" was not found.', extensions: { code: 'NOT_FOUND', stacktrace: ['at …'] } }, new GraphQLError('x'));
  expect(out).toEqual({ message: 'Tier "X" was not found.', extensions: { code: 'NOT_FOUND' } });
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
