import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** What `selectsPath` reads of a resolver's info (graphql-js and graphql-jit both hand these over). */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

function selects(set: SelectionSetNode | undefined, path: readonly string[], at: number, info: SelectionInfo, seen: Set<string>): boolean {
  if (!set) return false;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== path[at]) continue;
      if (at === path.length - 1 || selects(selection.selectionSet, path, at + 1, info, seen)) return true;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (selects(selection.selectionSet, path, at, info, seen)) return true;
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      if (selects(info.fragments[selection.name.value]?.selectionSet, path, at, info, seen)) return true;
    }
  }
  return false;
}

/**
 * Whether the operation selects `path` under the field being resolved (`['edges', 'node',
 * 'organization']`), through fragments and inline fragments, so that a list reads in its one
 * statement what its nodes' fields will ask for, and nothing they will not. `@include`/`@skip`
 * are not evaluated: a field they might leave out counts as selected (read for nothing, never
 * missing).
 */
export function selectsPath(info: SelectionInfo, path: readonly string[]): boolean {
  const seen = new Set<string>();
  return info.fieldNodes.some((node) => selects(node.selectionSet, path, 0, info, seen));
}
