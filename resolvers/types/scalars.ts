// DateTime is ISO-8601 with an offset; config objects are free-form JSON.
export { GraphQLDateTime as DateTimeScalar, GraphQLJSONObject as JSONObjectScalar } from 'graphql-scalars';
