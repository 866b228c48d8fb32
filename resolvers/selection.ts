import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query asks for `name` directly under the field being resolved (through inline
 * fragments and fragment spreads too), so a resolver can read what that child will need in the
 * same statement. @skip/@include are not evaluated: a skipped field only costs a wider read.
 */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === 'Field') return s.name.value === name;
      if (s.kind === 'InlineFragment') return inSet(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      const fragment: FragmentDefinitionNode | undefined = info.fragments[s.name.value];
      return inSet(fragment?.selectionSet);
    });
  return info.fieldNodes.some((f: FieldNode) => inSet(f.selectionSet));
}
