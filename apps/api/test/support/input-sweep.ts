import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/**
 * The cases of the input sweep (input-sweep.spec.ts), generated from the schema alone: every
 * field with arguments that a signed-in person can reach from Query or Mutation gets a
 * valid-ish baseline (values chosen from each type, ids of the actor's own rows by argument
 * name), then one variant per way a client can get each input wrong. A new operation or
 * argument is covered without editing anything here.
 */

/** Ids of seeded rows by kind (`organizationId`, `membershipId`…): the actor's own, and another tenant's. */
export interface SweepIds {
  own: Record<string, string>;
  foreign: Record<string, string>;
}

export interface SweepContext {
  ids: SweepIds;
  /** The actor's email: a valid-ish email everywhere one is asked for (login, invitations…). */
  email: string;
  password: string;
  termsVersion: string;
}

export interface SweepCase {
  label: string;
  operation: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
  /** The baseline itself: it may succeed (and write), so it runs last and alone. */
  baseline: boolean;
  anonymous: boolean;
}

interface Step {
  field: GraphQLField<unknown, unknown>;
}

interface Target {
  operation: 'query' | 'mutation';
  /** Fields from the root down to the parent of `field`. */
  path: Step[];
  field: GraphQLField<unknown, unknown>;
  parentName: string;
}

/**
 * Every field with arguments, each with the shortest path from its root (breadth first over
 * object types; fields on the way get their required arguments only).
 */
export function sweepTargets(schema: GraphQLSchema): Target[] {
  const targets: Target[] = [];
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    if (field.args.length) targets.push({ operation: 'mutation', path: [], field, parentName: 'Mutation' });
  }
  const query = schema.getQueryType();
  if (!query) return targets;
  const pathTo = new Map<string, Step[]>([[query.name, []]]);
  const queue: GraphQLObjectType[] = [query];
  while (queue.length) {
    const type = queue.shift() as GraphQLObjectType;
    const path = pathTo.get(type.name) as Step[];
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('__')) continue;
      if (field.args.length) targets.push({ operation: 'query', path, field, parentName: type.name });
      const next = getNamedType(field.type);
      if (isObjectType(next) && !pathTo.has(next.name)) {
        pathTo.set(next.name, [...path, { field }]);
        queue.push(next);
      }
    }
  }
  return targets;
}

// ---------------------------------------------------------------- baseline values

const DAY = 86_400_000;

/** Stands for a new email address: each case gets its own (see `withFreshEmails`), so one case's success does not make the next a conflict. */
const FRESH_EMAIL = 'fresh-email@sweep.invalid';

/** `productIds` → `productId`; a bare `id` takes its field's name: `organization(id:)` → `organizationId`. */
function idKind(argumentName: string, fieldName: string): string {
  const name = argumentName === 'id' ? `${fieldName}Id` : argumentName;
  return name.replace(/Ids$/, 'Id');
}

function baselineString(name: string, fieldName: string, context: SweepContext): string {
  if (/email/i.test(name)) return /login/i.test(fieldName) ? context.email : FRESH_EMAIL;
  if (/password/i.test(name)) return context.password;
  if (/termsVersion/.test(name)) return context.termsVersion;
  if (/country/i.test(name)) return 'CH';
  if (/postcode/i.test(name)) return '1000';
  if (/city/i.test(name)) return 'Lausanne';
  if (/street/i.test(name)) return 'Rue du Sweep 1';
  if (/idempotencyKey/.test(name)) return 'sweep-idempotency-key';
  if (/search/i.test(name)) return 'Sweep';
  if (/token/i.test(name)) return 'sweep-token-that-matches-nothing';
  if (/name/i.test(name)) return 'Sweep name';
  return 'Sweep text';
}

function baselineScalar(scalar: string, name: string, fieldName: string, context: SweepContext): unknown {
  switch (scalar) {
    case 'ID':
      return context.ids.own[idKind(name, fieldName)] ?? randomUUID();
    case 'String':
      return baselineString(name, fieldName, context);
    case 'Int':
      return /first/.test(name) ? 5 : /amountMinor/.test(name) ? 10_000 : 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'DateTimeISO':
      return new Date(Date.now() + 30 * DAY).toISOString();
    case 'LocalDate':
      return '2027-01-31';
    default:
      return 'sweep';
  }
}

/**
 * A value of `type` for the input named `name`. Inside input objects, optional scalars are left
 * null (a VAT number, an address id: the plainest valid form) while optional objects and lists
 * are filled, so that what they hold is reached too.
 */
function baseline(type: GraphQLInputType, name: string, fieldName: string, context: SweepContext): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [baseline(inner.ofType, name, fieldName, context)];
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields()).map((field) => {
        const leaf = !isInputObjectType(getNullableType(field.type)) && !isListType(getNullableType(field.type));
        return [field.name, leaf && !isNonNullType(field.type) ? null : baseline(field.type, field.name, fieldName, context)];
      }),
    );
  }
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isScalarType(inner)) return baselineScalar(inner.name, name, fieldName, context);
  return null;
}

/** Each case its own new email address, wherever the baseline has one. */
function withFreshEmails(value: unknown, fresh: () => string): unknown {
  if (typeof value === 'string') return value.includes(FRESH_EMAIL) ? value.replace(FRESH_EMAIL, fresh()) : value;
  if (Array.isArray(value)) return value.map((item) => withFreshEmails(item, fresh));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withFreshEmails(item, fresh)]));
  return value;
}

// ---------------------------------------------------------------- variants

const OMIT = Symbol('omit');
type Variant = [label: string, value: unknown];

const b64 = (text: string) => Buffer.from(text).toString('base64url');

/** Cursors that are not the API's: malformed, of the wrong shape, or well formed with forged contents. */
function forgedCursors(): Variant[] {
  const id = randomUUID();
  return [
    ['malformed cursor', 'not a cursor!'],
    ['cursor of no JSON', b64('not json')],
    ['cursor of an object', b64('{"a":1}')],
    ['cursor of an empty tuple', b64('[]')],
    ['cursor of a long tuple', b64(JSON.stringify(['a', 'b', 'c', 'd', 'e']))],
    ['cursor with a non-UUID id', b64(JSON.stringify(['a', 'not-a-uuid']))],
    ['cursor with a non-date', b64(JSON.stringify(['not-a-date', id]))],
    ['cursor with 31 February', b64(JSON.stringify(['2026-02-31T00:00:00.000Z', id]))],
    ['cursor with year 0', b64(JSON.stringify(['0000-01-01T00:00:00.000Z', id]))],
    ['cursor of numbers', b64(JSON.stringify([1, 2]))],
    ['cursor of a huge rank', b64(JSON.stringify([1e20, 'a', id]))],
    ['cursor with a bad rank', b64(JSON.stringify(['x', 'a', id]))],
    ['cursor with a non-UUID id (3)', b64(JSON.stringify([1, 'a', 'not-a-uuid']))],
    ['cursor of another order', b64(JSON.stringify(['SINCE', 'yesterday', id]))],
    ['cursor of nested values', b64(JSON.stringify([{}, [], null]))],
    ['cursor with NUL', b64(JSON.stringify(['a\u0000', id]))],
    ['cursor with a lone surrogate', b64(JSON.stringify(['a\ud800', id]))],
    ['cursor of a huge position', b64(JSON.stringify(['99999999999999999999999', id]))],
    ['cursor with a 5 kB key', b64(JSON.stringify(['x'.repeat(5_000), id]))],
  ];
}

function wrongTypeValue(scalar: string): unknown {
  return ['Int', 'Float', 'Boolean'].includes(scalar) ? 'not a scalar of this type' : { wrong: 'type' };
}

/**
 * Every mistake on the input `at` (a dotted path, for labels) of `type` whose baseline is
 * `value`, as [label, the input's whole new value] (OMIT: left out). Nested inputs are varied one
 * at a time inside a copy of their parent; a parent whose baseline is null gets a baseline first.
 */
function variantsOf(type: GraphQLInputType, value: unknown, at: string, name: string, hasDefault: boolean, fieldName: string, context: SweepContext): Variant[] {
  const out: Variant[] = [[`null ${at}`, null]];
  if (isNonNullType(type) && !hasDefault) out.push([`missing ${at}`, OMIT]);
  const inner = getNullableType(type) as GraphQLInputType;
  const filled = value ?? baseline(type, name, fieldName, context);
  if (isListType(inner)) {
    const items = Array.isArray(filled) && filled.length ? filled : [baseline(inner.ofType, name, fieldName, context)];
    out.push([`object for list ${at}`, { wrong: 'type' }]);
    if (isNonNullType(inner.ofType)) out.push([`null item in ${at}`, [null]]);
    if (isScalarType(getNamedType(inner))) out.push([`1000 items in ${at}`, Array.from({ length: 1000 }, () => randomUUID())]);
    for (const [label, item] of variantsOf(inner.ofType, items[0], `${at}.0`, name, false, fieldName, context)) {
      if (item !== OMIT) out.push([label, [item, ...items.slice(1)]]);
    }
    return out;
  }
  if (isInputObjectType(inner)) {
    const object = filled as Record<string, unknown>;
    out.push([`text for object ${at}`, 'not an object'], [`unknown field in ${at}`, { ...object, notAField: 'surprise' }]);
    for (const field of Object.values(inner.getFields())) {
      for (const [label, fieldValue] of variantsOf(field.type, object[field.name], `${at}.${field.name}`, field.name, field.defaultValue !== undefined, fieldName, context)) {
        const copy = { ...object };
        if (fieldValue === OMIT) delete copy[field.name];
        else copy[field.name] = fieldValue;
        out.push([label, copy]);
      }
    }
    return out;
  }
  if (isEnumType(inner)) {
    out.push([`unknown enum value ${at}`, 'NOT_A_VALUE'], [`number for enum ${at}`, 1]);
    // The baseline takes the first value; the others lead down other paths of the same operation.
    for (const other of inner.getValues().slice(1)) out.push([`${other.name} for ${at}`, other.value]);
    return out;
  }
  const scalar = isScalarType(inner) ? inner.name : 'String';
  out.push([`wrong type ${at}`, wrongTypeValue(scalar)]);
  if (scalar === 'Int') out.push([`Int overflow ${at}`, 2 ** 31], [`negative Int overflow ${at}`, -(2 ** 31) - 1], [`fraction ${at}`, 1.5]);
  if (scalar === 'Float') out.push([`huge float ${at}`, 1e308]);
  if (!['Int', 'Float', 'Boolean'].includes(scalar)) {
    const text = typeof filled === 'string' ? filled : 'text';
    out.push(
      [`NUL in ${at}`, `${text}\u0000`],
      [`lone surrogate in ${at}`, `${text}\ud800`],
      [`lone low surrogate in ${at}`, `\udc00${text}`],
      [`10 kB in ${at}`, 'x'.repeat(10_240)],
      [`empty string ${at}`, ''],
    );
  }
  if (scalar === 'ID') {
    const kind = idKind(name, fieldName);
    out.push([`malformed id ${at}`, 'not-an-id'], [`unknown id ${at}`, randomUUID()]);
    if (context.ids.foreign[kind]) out.push([`other tenant's ${kind} ${at}`, context.ids.foreign[kind]]);
  }
  if (name === 'after') for (const [label, cursor] of forgedCursors()) out.push([`${label} ${at}`, cursor]);
  return out;
}

// ---------------------------------------------------------------- documents

/** An argument with a default takes a nullable variable, so that leaving the variable out uses the default. */
function variableType(argument: GraphQLArgument): string {
  return String(argument.defaultValue !== undefined ? getNullableType(argument.type) : argument.type);
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
}

function document(target: Target): string {
  const definitions: string[] = [];
  const call = (field: GraphQLField<unknown, unknown>, prefix: string, only: 'required' | 'all') => {
    const args = field.args.filter((a) => only === 'all' || (isNonNullType(a.type) && a.defaultValue === undefined));
    for (const arg of args) definitions.push(`$${prefix}${arg.name}: ${variableType(arg)}`);
    return args.length ? `${field.name}(${args.map((a) => `${a.name}: $${prefix}${a.name}`).join(', ')})` : field.name;
  };
  const opening = target.path.map((step, i) => `${call(step.field, `path${i}_`, 'required')} {`).join(' ');
  const inner = `${call(target.field, '', 'all')}${selectionOf(target.field)}`;
  const closing = target.path.map(() => '}').join(' ');
  return `${target.operation} Sweep(${definitions.join(', ')}) { ${opening} ${inner} ${closing} }`.replace('Sweep() ', 'Sweep ');
}

/**
 * Adjustments of a baseline found by `repairBaselines`, per target (`Mutation.inviteMember`):
 * at a path of the arguments, another enum value or null.
 */
export type BaselineChoices = Map<string, [path: string[], value: unknown][]>;

function setAt(values: Record<string, unknown>, path: string[], value: unknown): void {
  let parent: any = values;
  for (const key of path.slice(0, -1)) {
    if (parent?.[key] == null) return;
    parent = parent[key];
  }
  parent[path.at(-1) as string] = value;
}

function getAt(values: Record<string, unknown>, path: string[]): unknown {
  return path.reduce<any>((value, key) => value?.[key], values);
}

/** The input type at a path of a field's arguments (`['input', 'billingAddresses', '0', 'street']`). */
function typeAt(field: GraphQLField<unknown, unknown>, path: string[]): GraphQLInputType | undefined {
  let type: GraphQLInputType | undefined = field.args.find((a) => a.name === path[0])?.type;
  for (const key of path.slice(1)) {
    if (!type) return undefined;
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) type = inner.ofType;
    else if (isInputObjectType(inner)) type = inner.getFields()[key]?.type;
    else return undefined;
  }
  return type;
}

interface Built {
  target: Target;
  name: string;
  query: string;
  pathValues: Record<string, unknown>;
  values: Record<string, unknown>;
}

function build(target: Target, context: SweepContext, choices: BaselineChoices): Built {
  const name = `${target.parentName}.${target.field.name}`;
  const pathValues: Record<string, unknown> = {};
  target.path.forEach((step, i) => {
    for (const arg of step.field.args) {
      if (isNonNullType(arg.type) && arg.defaultValue === undefined) pathValues[`path${i}_${arg.name}`] = baseline(arg.type, arg.name, step.field.name, context);
    }
  });
  const values: Record<string, unknown> = {};
  // Optional scalar arguments (`after`, `search`) start out absent, as most calls leave them.
  for (const arg of target.field.args) {
    const leaf = isScalarType(getNullableType(arg.type)) || isEnumType(getNullableType(arg.type));
    values[arg.name] = leaf && !isNonNullType(arg.type) ? null : baseline(arg.type, arg.name, target.field.name, context);
  }
  for (const [path, value] of choices.get(name) ?? []) setAt(values, path, value);
  return { target, name, query: document(target), pathValues, values };
}

function caseOf(built: Built, label: string, variables: Record<string, unknown>, fresh: () => string, extra: Partial<SweepCase> = {}): SweepCase {
  return {
    label: `${built.name}: ${label}`,
    operation: built.target.operation,
    query: built.query,
    variables: withFreshEmails({ ...built.pathValues, ...variables }, fresh) as Record<string, unknown>,
    baseline: false,
    anonymous: false,
    ...extra,
  };
}

/**
 * Makes baselines less naive, one refusal at a time: when the baseline is refused on a field
 * (`extensions.field`) that is an enum, the next value is tried; when it is optional, null (or,
 * for an item of a list, the list). Run against a scratch world of its own: a baseline that
 * succeeds may remove a member or hand over a role, which must not happen to the swept actor.
 */
export async function repairBaselines(
  schema: GraphQLSchema,
  scratch: SweepContext,
  send: (sweepCase: SweepCase) => Promise<{ extensions?: Record<string, unknown> }[] | undefined>,
): Promise<BaselineChoices> {
  const choices: BaselineChoices = new Map();
  let emails = 0;
  const fresh = () => `sweep-repair-${(emails += 1)}@example.test`;
  for (const target of sweepTargets(schema)) {
    const name = `${target.parentName}.${target.field.name}`;
    const tried = new Set<string>();
    for (let attempt = 0; attempt < 8; attempt++) {
      const built = build(target, scratch, choices);
      const errors = await send(caseOf(built, 'repair', built.values, fresh));
      const field = errors?.[0]?.extensions?.['field'];
      if (typeof field !== 'string') break;
      const segments = field.split('.');
      const path = target.field.args.some((a) => a.name === segments[0]) ? segments : ['input', ...segments];
      const change = repairAt(target.field, built.values, path, tried) ?? repairAt(target.field, built.values, path.slice(0, -1), tried);
      if (!change) break;
      choices.set(name, [...(choices.get(name) ?? []), change]);
    }
  }
  return choices;
}

function repairAt(field: GraphQLField<unknown, unknown>, values: Record<string, unknown>, path: string[], tried: Set<string>): [string[], unknown] | null {
  const type = path.length ? typeAt(field, path) : undefined;
  if (!type) return null;
  const current = getAt(values, path);
  const inner = getNullableType(type);
  tried.add(`${path.join('.')}=${JSON.stringify(current)}`);
  if (isEnumType(inner)) {
    const next = inner.getValues().find((v) => !tried.has(`${path.join('.')}=${JSON.stringify(v.value)}`));
    if (next) return [path, next.value];
  }
  if (!isNonNullType(type) && current !== null) return [path, null];
  return null;
}

/** The baseline and every variant of every input of every target, plus the baseline sent anonymously. */
export function sweepCases(schema: GraphQLSchema, context: SweepContext, choices: BaselineChoices = new Map()): SweepCase[] {
  const cases: SweepCase[] = [];
  let emails = 0;
  const fresh = () => `sweep-${(emails += 1)}@example.test`;
  for (const target of sweepTargets(schema)) {
    const built = build(target, context, choices);
    const { values } = built;
    cases.push(
      caseOf(built, 'baseline', values, fresh, { baseline: true }),
      caseOf(built, 'anonymous baseline', values, fresh, { anonymous: true, baseline: true }),
    );
    for (const arg of target.field.args) {
      for (const [label, value] of variantsOf(arg.type, values[arg.name], arg.name, arg.name, arg.defaultValue !== undefined, target.field.name, context)) {
        const variables = { ...values };
        if (value === OMIT) delete variables[arg.name];
        else variables[arg.name] = value;
        cases.push(caseOf(built, label, variables, fresh));
      }
    }
  }
  return cases;
}
