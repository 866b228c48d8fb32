// DateTime is RFC 3339 with an offset, accepted within one range (inputs/edges.ts, checked with the
// other input rules so the error names the field); config objects are free-form JSON.
import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { INSTANT_MAX, INSTANT_MIN } from '../inputs/edges';

export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTime.toConfig(),
  description:
    'An instant as an RFC 3339 date-time string with an offset, e.g. 2026-11-25T04:00:00Z; answers are in UTC with milliseconds. ' +
    `Inputs must lie from ${INSTANT_MIN.toISOString()} to ${INSTANT_MAX.toISOString()}, else BAD_USER_INPUT naming the field; ` +
    'every instant the API answers with then has a four-digit year.',
});

export { GraphQLJSONObject as JSONObjectScalar } from 'graphql-scalars';
