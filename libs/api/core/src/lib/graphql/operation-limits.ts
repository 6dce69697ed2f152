import {
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  visit,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors';
import { MAX_PAGE_SIZE } from './connection';
import { requestError } from './operation-input';

export const OPERATION_LIMITS = {
  /** Deepest selection allowed; the SPA's deepest operation is 6 levels. */
  maxDepth: 10,
  /**
   * Introspection has its own bound: GraphiQL's schema query nests `ofType` about 15 levels deep,
   * and its shape is fixed, so it is measured apart from data selections.
   */
  maxIntrospectionDepth: 20,
  /** Aliases per operation: aliases are how one request asks for the same field many times. */
  maxAliases: 15,
  /** Tokens in one document, enforced by the parser before anything else runs. */
  maxTokens: 2000,
  /**
   * Estimated cost: each field costs 1, multiplied by the page size of the lists around it. A
   * full page of 100 products with every field costs about 900.
   */
  maxCost: 10_000,
} as const;

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * Rejects operations nested deeper than `maxDepth` (introspection subtrees: deeper than
 * `maxIntrospectionDepth`) or using more than `maxAliases` aliases.
 */
export function depthAndAliasLimitRule(maxDepth: number, maxAliases: number, maxIntrospectionDepth = OPERATION_LIMITS.maxIntrospectionDepth) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    let introspectionDepth = 0;
    const measure = (set: SelectionSetNode, depth: number, seen: Set<string>): { depth: number; aliases: number } => {
      let deepest = depth;
      let aliases = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) aliases += 1;
          if (selection.selectionSet && INTROSPECTION_ROOTS.has(selection.name.value)) {
            const inner = measure(selection.selectionSet, 1, seen);
            introspectionDepth = Math.max(introspectionDepth, inner.depth);
            aliases += inner.aliases;
          } else if (selection.selectionSet) {
            const inner = measure(selection.selectionSet, depth + 1, seen);
            deepest = Math.max(deepest, inner.depth);
            aliases += inner.aliases;
          } else {
            deepest = Math.max(deepest, depth + 1);
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const inner = measure(selection.selectionSet, depth, seen);
          deepest = Math.max(deepest, inner.depth);
          aliases += inner.aliases;
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue; // unknown or cyclic: graphql-js reports it
          const inner = measure(fragment.selectionSet, depth, new Set([...seen, name]));
          deepest = Math.max(deepest, inner.depth);
          aliases += inner.aliases;
        }
      }
      return { depth: deepest, aliases };
    };
    return {
      OperationDefinition(node) {
        introspectionDepth = 0;
        const { depth, aliases } = measure(node.selectionSet, 0, new Set());
        if (introspectionDepth > maxIntrospectionDepth) {
          context.reportError(
            limitError(`This introspection query is nested ${introspectionDepth} levels deep; the limit is ${maxIntrospectionDepth}.`),
          );
        }
        if (depth > maxDepth) {
          context.reportError(limitError(`This operation is nested ${depth} levels deep; the limit is ${maxDepth}.`));
        }
        if (aliases > maxAliases) {
          context.reportError(limitError(`This operation uses ${aliases} aliases; the limit is ${maxAliases}.`));
        }
      },
    };
  };
}

/** A field costs 1 plus its children; a paged list multiplies its children by its page size. */
const pagedCostEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args['first'] === 'number' ? Math.min(args['first'], MAX_PAGE_SIZE) : 1;
  return 1 + childComplexity * Math.max(first, 1);
};

/** The variables that can change an operation's cost, and the costs already computed for their values. */
interface CostPlan {
  schema: GraphQLSchema;
  /** Variables read by a `first` argument (the estimator's page size) or by a directive (`@include`, `@skip`). */
  inputs: string[];
  costs: Map<string, number>;
}

/** Distinct cost inputs remembered per operation; past that, the map starts over (a page size is one of a few values). */
const MAX_REMEMBERED_COSTS = 64;

const costPlans = new WeakMap<DocumentNode, Map<string, CostPlan>>();

function costInputs(document: DocumentNode): string[] {
  const inputs = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      Variable(variable) {
        inputs.add(variable.name.value);
      },
    });
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) if (argument.name.value === 'first') collect(argument.value);
    },
    Directive(directive) {
      for (const argument of directive.arguments ?? []) collect(argument.value);
    },
  });
  return [...inputs].sort();
}

/**
 * `getComplexity`'s answer, computed once per operation and values of the variables it depends
 * on: the cost is a function of the document, its page sizes and its directives only
 * (`pagedCostEstimator` reads `first`), so a page after a cursor or another search costs nothing
 * to estimate again. The variables must have been checked already (see `assertOperationCost`).
 */
function cachedCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined): number {
  let byOperation = costPlans.get(document);
  if (!byOperation) costPlans.set(document, (byOperation = new Map()));
  let plan = byOperation.get(operationName ?? '');
  if (!plan) byOperation.set(operationName ?? '', (plan = { schema, inputs: costInputs(document), costs: new Map() }));
  const compute = () => getComplexity({ schema, query: document, operationName, variables, estimators: [pagedCostEstimator] });
  if (plan.schema !== schema) return compute();
  // `[value]` for a variable sent, `[]` for one left out (its default applies): null and absent differ.
  const key = JSON.stringify(plan.inputs.map((name) => (variables && name in variables ? [variables[name]] : [])));
  let cost = plan.costs.get(key);
  if (cost === undefined) {
    cost = compute();
    if (plan.costs.size >= MAX_REMEMBERED_COSTS) plan.costs.clear();
    plan.costs.set(key, cost);
  }
  return cost;
}

/**
 * Throws when the operation's estimated cost is above `maxCost`: a request error (HTTP 400), as
 * the depth and alias limits are. Run it on variables already checked (`checkOperationInput`).
 */
export function assertOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  maxCost: number = OPERATION_LIMITS.maxCost,
): number {
  let cost: number;
  try {
    cost = cachedCost(schema, document, operationName, variables);
  } catch (error) {
    // Variables that do not fit their types surface here when the caller skipped the input
    // check: still the client's mistake, never masked as our failure.
    if (error instanceof GraphQLError && !error.extensions['code']) {
      throw requestError(error.message, { code: ErrorCode.BAD_USER_INPUT, field: 'variables' });
    }
    throw error;
  }
  if (cost > maxCost) {
    throw requestError(`This operation is too expensive (estimated cost ${cost}, limit ${maxCost}). Ask for smaller pages.`, {
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  }
  return cost;
}
