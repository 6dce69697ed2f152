import {
  type ASTNode,
  coerceInputValue,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  isInputType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  typeFromAST,
  type ValueNode,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { ErrorCode } from '../errors';

/**
 * The GraphQL-over-HTTP status of a request error (one found before execution starts): 400, as
 * Apollo answers parse and validation errors. Without it, Apollo answers a plugin's refusal 500.
 */
export function requestError(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });
}

/**
 * Where a client reads an input problem: the argument, then the path inside it, dotted
 * (`after`, `organizationId`). The one `input` argument of a mutation is left out, as
 * class-validator's paths are (`organization.billingAddresses.1.street`).
 */
export function inputFieldPath(segments: readonly (string | number)[]): string {
  const [head, ...rest] = segments;
  return (head === 'input' && rest.length ? rest : segments).join('.');
}

// A high surrogate not followed by a low one, or a low one without a high one before it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored, or null. PostgreSQL refuses NUL in text (the request would fail
 * as our fault), and a lone surrogate (JSON.parse makes one of `"\ud800"`) is no character at
 * all: `pg` would silently store U+FFFD instead.
 */
export function unstorableTextReason(text: string): string | null {
  if (text.includes('\u0000')) return 'This text contains a NUL character (U+0000), which is not allowed.';
  if (LONE_SURROGATE.test(text)) return 'This text contains an unpaired surrogate (invalid UTF-16); send well-formed Unicode text.';
  return null;
}

function findUnstorableText(value: unknown, path: (string | number)[]): { path: (string | number)[]; reason: string } | null {
  if (typeof value === 'string') {
    const reason = unstorableTextReason(value);
    return reason ? { path, reason } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  // Coerced input objects are plain objects; custom scalars' values (Date…) are left alone.
  if (value && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** The operation and every fragment it spreads, transitively: what runs with these variables. */
function reachableDefinitions(document: DocumentNode, operation: OperationDefinitionNode): (OperationDefinitionNode | FragmentDefinitionNode)[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const reached: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  const seen = new Set<string>();
  for (let i = 0; i < reached.length; i++) {
    visit(reached[i], {
      FragmentSpread(node) {
        const fragment = fragments.get(node.name.value);
        if (fragment && !seen.has(node.name.value)) {
          seen.add(node.name.value);
          reached.push(fragment);
        }
      },
    });
  }
  return reached;
}

/** Where each variable is first used: `$input` in `signUp(input: $input)` is at `['input']`. */
function variableUsages(definitions: readonly ASTNode[]): Map<string, (string | number)[]> {
  const usages = new Map<string, (string | number)[]>();
  const walk = (value: ValueNode, path: (string | number)[]) => {
    if (value.kind === Kind.VARIABLE) {
      if (!usages.has(value.name.value)) usages.set(value.name.value, path);
    } else if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) walk(field.value, [...path, field.name.value]);
    } else if (value.kind === Kind.LIST) {
      value.values.forEach((item, index) => walk(item, [...path, index]));
    }
  };
  for (const definition of definitions) visit(definition, { Argument: (node) => walk(node.value, [node.name.value]) });
  return usages;
}

/**
 * Coerces the variables exactly as execution would, but refuses the first one that does not fit
 * its type (wrong type, missing required field, null, Int beyond 32 bits, unknown input field)
 * as BAD_USER_INPUT naming the input field it reached. Returns the coerced values.
 */
function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
  usages: Map<string, (string | number)[]>,
  hideSuggestions: boolean,
): Record<string, unknown> {
  const coerced: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type)) continue; // validation has refused the document already
    const at = usages.get(name) ?? [name];
    const refuse = (path: readonly (string | number)[], message: string): never => {
      throw requestError(message, { code: ErrorCode.BAD_USER_INPUT, field: inputFieldPath([...at, ...path]) });
    };
    if (!Object.prototype.hasOwnProperty.call(inputs, name)) {
      if (definition.defaultValue) coerced[name] = valueFromAST(definition.defaultValue, type);
      else if (isNonNullType(type)) refuse([], `Variable "$${name}" of required type "${type}" was not provided.`);
      continue;
    }
    if (inputs[name] === null && isNonNullType(type)) refuse([], `Variable "$${name}" of non-null type "${type}" must not be null.`);
    coerced[name] = coerceInputValue(
      inputs[name],
      type,
      (path, _invalid, error) => {
        // graphql-js reports a missing or unknown field at its parent object; the client wants
        // the field itself, which only its message names.
        const named = /^Field "([^"]+)" (?:of required type|is not defined by type)/.exec(error.message)?.[1];
        const inside = named ? [...path, named] : path;
        refuse(inside, `Variable "$${name}" got an invalid value${inside.length ? ` at "${[name, ...inside].join('.')}"` : ''}; ${error.message}`);
      },
      hideSuggestions,
    );
  }
  return coerced;
}

/** What `checkOperationInput` finds once per operation: where variables are used, and the fields that take arguments. */
interface InputPlan {
  usages: Map<string, (string | number)[]>;
  fields: { field: GraphQLField<unknown, unknown>; node: FieldNode }[];
}

/**
 * Per parsed operation (Apollo's document cache hands back the same nodes for the same text):
 * the walks over the document with the schema's types are made once, not per request.
 */
const plans = new WeakMap<OperationDefinitionNode, InputPlan>();

function inputPlan(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): InputPlan {
  let plan = plans.get(operation);
  if (plan) return plan;
  const definitions = reachableDefinitions(document, operation);
  const fields: InputPlan['fields'] = [];
  for (const definition of definitions) {
    const typeInfo = new TypeInfo(schema);
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const field = typeInfo.getFieldDef();
          if (field && node.arguments?.length) fields.push({ field, node });
        },
      }),
    );
  }
  plan = { usages: variableUsages(definitions), fields };
  plans.set(operation, plan);
  return plan;
}

/**
 * Checks what a client sends before anything runs, once for every operation: the variables fit
 * their types, and no string of any argument (literal or variable, however deeply nested) holds
 * text PostgreSQL cannot store. A refusal is BAD_USER_INPUT with the field, HTTP 400. What it
 * learns of the document is kept per operation (`inputPlan`); per request only the values are read.
 */
export function checkOperationInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  options: { hideSuggestions: boolean } = { hideSuggestions: false },
): void {
  const plan = inputPlan(schema, document, operation);
  const coerced = coerceVariables(schema, operation, variables ?? {}, plan.usages, options.hideSuggestions);
  for (const { field, node } of plan.fields) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, coerced);
    } catch (error) {
      // Validation has checked the literals: what is left is a variable that is null (or
      // missing) where the argument cannot be, e.g. `$first: Int` = null for `first: Int! = 20`.
      const message = error instanceof Error ? error.message : 'This argument is not valid.';
      const argument = /^Argument "([^"]+)"/.exec(message)?.[1] ?? (node.arguments as readonly { name: { value: string } }[])[0].name.value;
      throw requestError(message, { code: ErrorCode.BAD_USER_INPUT, field: inputFieldPath([argument]) });
    }
    const found = findUnstorableText(values, []);
    if (found) throw requestError(found.reason, { code: ErrorCode.BAD_USER_INPUT, field: inputFieldPath(found.path) });
  }
}
