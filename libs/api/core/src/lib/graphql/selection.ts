import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** What `selectsPath` reads of a resolver's info (graphql-js and graphql-jit both hand these over). */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/**
 * Walks the selections at `path` under `set`, through fragments and inline fragments, calling
 * `found` with each field node at its end; stops as soon as `found` answers true. A fragment is
 * walked once per depth (the same spread deeper down may still reach the path).
 */
function walk(set: SelectionSetNode | undefined, path: readonly string[], at: number, info: SelectionInfo, seen: Set<string>, found: (node: FieldNode) => boolean): boolean {
  if (!set) return false;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== path[at]) continue;
      if (at === path.length - 1 ? found(selection) : walk(selection.selectionSet, path, at + 1, info, seen, found)) return true;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (walk(selection.selectionSet, path, at, info, seen, found)) return true;
    } else if (!seen.has(`${selection.name.value}@${at}`)) {
      seen.add(`${selection.name.value}@${at}`);
      if (walk(info.fragments[selection.name.value]?.selectionSet, path, at, info, seen, found)) return true;
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
  return info.fieldNodes.some((node) => walk(node.selectionSet, path, 0, info, seen, () => true));
}

/**
 * Every field node the operation selects at `path` under the field being resolved (aliases
 * included: `a: products(first: 5) b: products(first: 10)` are two), through fragments, so that a
 * list can read its nodes' field arguments and carry what they will ask for when they all agree.
 */
export function selectedFields(info: SelectionInfo, path: readonly string[]): FieldNode[] {
  const seen = new Set<string>();
  const found: FieldNode[] = [];
  const collect = (node: FieldNode) => {
    found.push(node);
    return false;
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, path, 0, info, seen, collect);
  return found;
}

/** The names of the fields `set` selects at its own level, through fragments and inline fragments. */
function fieldNames(set: SelectionSetNode | undefined, info: SelectionInfo, seen: Set<string>, into: Set<string>): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldNames(selection.selectionSet, info, seen, into);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      fieldNames(info.fragments[selection.name.value]?.selectionSet, info, seen, into);
    }
  }
}

/**
 * The names of the fields the operation selects on the objects at `path` (`['edges', 'node',
 * 'organization']` → `{'id', 'name'}`), every occurrence of the path merged, through fragments:
 * so that a list reads only the columns those fields need. Empty when the path is not selected.
 */
export function selectedFieldNames(info: SelectionInfo, path: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const node of selectedFields(info, path)) fieldNames(node.selectionSet, info, new Set(), names);
  return names;
}
