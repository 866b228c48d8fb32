// Schema pointer for graphql-codegen (codegen.yml): the code-first schema exactly as the server builds it,
// sorted lexicographically so that schema.graphql and clients/<team>/ do not churn when
// resolvers or types are merely reordered.
//
// graphql-codegen loads schema files with a native import(), which bypasses ts-node's require hook for a
// .ts file; this CommonJS shim registers ts-node (transpile-only) and then requires the TypeScript source.
// The code-file loader awaits a default export that is a Promise<GraphQLSchema>.
const path = require('node:path');
require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
require('reflect-metadata');
const { lexicographicSortSchema } = require('graphql');
const { aftercareSchema } = require('../resolvers/schema');

module.exports = aftercareSchema().then(lexicographicSortSchema);
