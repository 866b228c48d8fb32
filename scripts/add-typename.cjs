// codegen.yml documentTransforms entry (a file path, since YAML cannot hold a function): selects
// __typename on every object selection set except an operation's root, which is exactly what Apollo
// Client's cache (addTypenameToDocument) adds before sending. Persisted documents then return what the
// client's cache needs, and results carry no root __typename that Apollo Client would not have asked for.
const { Kind, visit } = require('graphql');

const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

exports.transform = ({ documents }) =>
  documents.map((source) => ({
    ...source,
    document:
      source.document &&
      visit(source.document, {
        SelectionSet(node, _key, parent) {
          if (parent && !Array.isArray(parent) && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
          if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
          return { ...node, selections: [TYPENAME, ...node.selections] };
        },
      }),
  }));
