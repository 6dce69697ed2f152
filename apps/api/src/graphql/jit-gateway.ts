import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  astFromValue,
  type DocumentNode,
  type ExecutionResult,
  getNullableType,
  getOperationAST,
  GraphQLError,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isInputType,
  isListType,
  printSchema,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** An operation compiled once, with its variables' types (to fill in what they leave out). */
interface Compiled {
  run: CompiledQuery | ExecutionResult;
  variables: { name: string; type: GraphQLInputType; default: unknown }[];
}

/** The external (JSON) form of a default value, as a client would have sent it. */
const externalDefaults = new WeakMap<GraphQLInputField, unknown>();
function externalDefault(field: GraphQLInputField): unknown {
  if (!externalDefaults.has(field)) {
    const ast = astFromValue(field.defaultValue, field.type);
    externalDefaults.set(field, ast ? valueFromASTUntyped(ast) : undefined);
  }
  return externalDefaults.get(field);
}

/**
 * `value` with the defaults of the input fields it leaves out, at any depth, in external form:
 * graphql-jit 0.8 refuses a non-null variable or input field left out despite its default. The
 * operation guard has already coerced the same variables exactly as graphql-js does (and refused
 * what does not fit), so this only completes what graphql-js would have completed.
 */
function withDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const nullable = getNullableType(type);
  if (isListType(nullable)) return Array.isArray(value) ? value.map((item) => withDefaults(nullable.ofType, item)) : withDefaults(nullable.ofType, value);
  if (!isInputObjectType(nullable) || typeof value !== 'object') return value;
  const given = value as Record<string, unknown>;
  let filled: Record<string, unknown> | null = null;
  for (const field of Object.values(nullable.getFields())) {
    const inner = field.name in given ? withDefaults(field.type, given[field.name]) : field.defaultValue !== undefined ? externalDefault(field) : undefined;
    if (inner !== given[field.name] && inner !== undefined) (filled ??= { ...given })[field.name] = inner;
  }
  return filled ?? given;
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): Compiled {
  const operation = getOperationAST(document, operationName);
  const variables = (operation?.variableDefinitions ?? []).flatMap((definition) => {
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type)) return [];
    return [{ name: definition.variable.name.value, type, default: definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : undefined }];
  });
  return { run: compileQuery(schema, document, operationName ?? undefined), variables };
}

/** The variables as sent, completed with the defaults of what they leave out (a variable sent as null stays null). */
function completeVariables(compiled: Compiled, sent: Record<string, unknown> | undefined): Record<string, unknown> {
  const variables: Record<string, unknown> = { ...sent };
  for (const variable of compiled.variables) {
    if (!(variable.name in variables)) {
      if (variable.default !== undefined) variables[variable.name] = variable.default;
    } else {
      variables[variable.name] = withDefaults(variable.type, variables[variable.name]);
    }
  }
  return variables;
}

/**
 * graphql-jit's errors as graphql-js's execute writes them (a GraphQLError with the resolver's
 * error as `originalError`, its `extensions` inherited), so that Apollo, the error formatter and
 * `unwrapResolverError` read them exactly as before.
 */
function asExecutionError(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? undefined;
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: original,
    extensions: original && 'extensions' in original ? undefined : (error.extensions ?? undefined),
  });
  if (error.locations?.length) (converted as { locations?: unknown }).locations = error.locations;
  return converted;
}

/** Runs one operation of a parsed, validated document; what the API's gateway and the benchmark's baseline both call. */
export type JitExecute = (
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  context: unknown,
) => Promise<ExecutionResult>;

/**
 * Executes operations with graphql-jit: each operation is compiled once into a function
 * specialised to its selection set, then called per request: no walk over the document, no
 * per-field lookups in the schema, far fewer objects per field resolved. Compiled operations are
 * kept per parsed document (weakly: a document evicted from its cache takes its compilation with it).
 */
export function jitExecutor(schema: GraphQLSchema): JitExecute {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  return async (document, operationName, sent, context) => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let operation = byOperation.get(key);
    if (!operation) {
      operation = compile(schema, document, operationName ?? null);
      byOperation.set(key, operation);
    }
    // What cannot be compiled (never after validation) answers as graphql-js would: errors only.
    if (!isCompiledQuery(operation.run)) return operation.run;
    const result = await operation.run.query(undefined, context, completeVariables(operation, sent));
    // Variables graphql-jit refuses after the guard accepted them: our fault, told without their values (they may be secrets).
    if (!('data' in result)) throw new Error(`graphql-jit refused the variables the operation guard accepted (${operation.variables.map((v) => v.name).join(', ')})`);
    return result.errors?.length ? { ...result, errors: result.errors.map(asExecutionError) } : result;
  };
}

/**
 * graphql-jit behind Apollo, through Apollo's `gateway` option, whose executor is the one
 * documented way to replace execution while Apollo keeps everything else: parsing with its
 * bounds, validation with our rules, its document cache (whose parsed documents key the
 * compilations), CSRF prevention, every plugin (the operation guard, API tokens, the SQL count).
 * The schema is static, so the "gateway" announces it once and never updates it.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const execute = jitExecutor(schema);
  // The operation the client named, not Apollo's `operationName` (the name of the operation it
  // resolved: null when none matched, which would run the document's only operation instead of
  // refusing "Unknown operation named …", and answer 500 when Apollo then finds no error).
  const executor: GatewayExecutor = ({ document, request, context }) => execute(document, request.operationName, request.variables, context);
  let sdl: string | null = null;
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: (sdl ??= printSchema(schema)) });
      return () => undefined;
    },
    async load() {
      return { executor };
    },
    async stop() {
      // Nothing to stop: the schema never changes while the process runs.
    },
  };
}
