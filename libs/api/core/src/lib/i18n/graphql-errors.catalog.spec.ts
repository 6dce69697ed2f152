import { buildSchema, coerceInputValue, getVariableValues, GraphQLError, type GraphQLInputType, parse, specifiedRules, validate } from 'graphql';
import { APOLLO_ERRORS } from './apollo-errors.catalog';
// With the core refusals, whose templates are like graphql-js's ("Variable … was not provided."): the most specific must win.
import './core-errors.catalog';
import { catalogProblems } from './catalog';
import { findErrorMessage, localizeErrorMessage } from './error-messages';
import { GRAPHQL_ERRORS } from './graphql-errors.catalog';

/**
 * graphql-js's and Apollo's English messages are found by their template and translated with
 * the names they quote: every template, from sample values, and then the messages graphql-js
 * 16 itself writes for documents and variables a client can send (so that the templates are
 * proved against its real texts, not against what we think they are).
 */

const TRANSLATED = ['fr', 'de', 'it'] as const;

/** The English message of `key` with a distinct sample value per argument (a `reason` is a nested message). */
function sample(catalog: typeof GRAPHQL_ERRORS | typeof APOLLO_ERRORS, key: string): { message: string; values: Record<string, string> } {
  const names = [...new Set([...(catalog.source.en as Record<string, string>)[key].matchAll(/\{(\w+)\}/gu)].map((m) => m[1]))];
  const values = Object.fromEntries(names.map((name) => [name, name === 'reason' ? 'Unterminated string.' : `Sample${name[0].toUpperCase()}${name.slice(1)}`]));
  return { message: catalog.t('en', key as never, values), values };
}

describe('graphql-js and Apollo error templates', () => {
  it('have every key and argument in every language', () => {
    expect(catalogProblems(GRAPHQL_ERRORS as never)).toEqual([]);
    expect(catalogProblems(APOLLO_ERRORS as never)).toEqual([]);
  });

  const templates = [
    ...GRAPHQL_ERRORS.keys.map((key) => [GRAPHQL_ERRORS.name, key, GRAPHQL_ERRORS] as const),
    ...APOLLO_ERRORS.keys.map((key) => [APOLLO_ERRORS.name, key, APOLLO_ERRORS] as const),
  ];

  it.each(templates)('%s.%s is matched with its values and translated in fr, de, it', (_name, key, catalog) => {
    const { message, values } = sample(catalog, key);
    const found = findErrorMessage(message);
    expect(found?.key).toBe(key);
    expect(found?.values).toEqual(values);
    for (const language of TRANSLATED) {
      const translated = localizeErrorMessage(message, language);
      expect(translated).not.toBe(message);
      for (const [name, value] of Object.entries(values)) {
        if (name !== 'reason') expect(translated).toContain(value);
      }
      if ('reason' in values) expect(translated).toContain(localizeErrorMessage('Unterminated string.', language));
    }
  });
});

const schema = buildSchema(`
  directive @onField(flag: Boolean!) on FIELD
  enum Color { RED GREEN BLUE }
  input Address { street: String! city: String }
  input Pick @oneOf { byId: ID byName: String }
  type Person { id: ID! name(upper: Boolean): String friends: [Person!]! color: Color }
  type Query { person(id: ID!): Person people(first: Int = 10, color: Color): [Person!]! search(pick: Pick): Person find(address: Address): Person node: Node }
  type Mutation { rename(id: ID!, name: String!): Person }
  interface Node { id: ID! }
  type Pet { id: ID! }
`);

/** The first error graphql-js's validation reports. */
const validationMessages = (source: string) => validate(schema, parse(source), specifiedRules).map((error) => error.message).slice(0, 1);

function parseMessage(source: string): string {
  try {
    parse(source, { maxTokens: 50 });
  } catch (error) {
    return (error as GraphQLError).message;
  }
  throw new Error(`parsed: ${source}`);
}

function coercionMessages(value: unknown, typeName: string): string[] {
  const messages: string[] = [];
  const type = schema.getType(typeName) as GraphQLInputType;
  coerceInputValue(value, type, (_path, _value, error) => messages.push(error.message));
  return messages;
}

/** What graphql-js 16 itself answers to documents and variables a client can send, and the key each must be found as. */
const REAL: [string, string[], string][] = [
  ['syntaxError', [parseMessage('{ person(id: "1") { id }')], 'Expected Name, found <EOF>.'],
  ['syntaxError', [parseMessage('{ person(id: "1) { id } }')], 'Unterminated string.'],
  ['syntaxError', [parseMessage("{ person(id: 'x') { id } }")], `Unexpected single quote character ('), did you mean to use a double quote (")?`],
  ['syntaxError', [parseMessage('{ person(id: 01) { id } }')], 'Invalid number, unexpected digit after 0: "1".'],
  ['syntaxError', [parseMessage('{ a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z }')], 'Document contains more that 50 tokens. Parsing aborted.'],
  ['syntaxError', [parseMessage('{ person(id: "\\q") { id } }')], 'Invalid character escape sequence: "\\q".'],
  ['syntaxError', [parseMessage('query ($a: Int = $b) { id }')], 'Unexpected variable "$b" in constant value.'],
  ['syntaxError', [parseMessage('{ ) }')], 'Expected Name, found ")".'],
  ['syntaxError', [parseMessage('{ people { id } } }')], 'Unexpected "}".'],
  ['cannotQueryField', validationMessages('{ nope }'), ''],
  ['unknownFieldArgument', validationMessages('{ person(id: "1", nope: 1) { id } }'), ''],
  ['requiredFieldArgument', validationMessages('{ person { id } }'), ''],
  ['selectionRequired', validationMessages('{ person(id: "1") }'), ''],
  ['leafWithSelection', validationMessages('{ person(id: "1") { id { x } } }'), ''],
  ['unknownType', validationMessages('query ($a: Nope) { person(id: $a) { id } }'), ''],
  ['undefinedVariable', validationMessages('{ person(id: $a) { id } }'), ''],
  ['undefinedVariableOfOperation', validationMessages('query Q { person(id: $a) { id } }'), ''],
  ['unusedVariable', validationMessages('query ($a: ID) { people { id } }'), ''],
  ['unusedVariableOfOperation', validationMessages('query Q($a: ID) { people { id } }'), ''],
  ['variablePosition', validationMessages('query ($a: ID) { person(id: $a) { id } }'), ''],
  ['variableNotInput', validationMessages('query ($a: Person) { people { id } }'), ''],
  ['idNotStringOrInteger', validationMessages('{ person(id: 1.5) { id } }'), ''],
  ['expectedValue', validationMessages('{ find(address: "x") { id } }'), ''],
  ['intNotInteger', validationMessages('{ people(first: "ten") { id } }'), ''],
  ['enumUnknownValue', validationMessages('{ people(color: PINK) { id } }'), ''],
  ['requiredInputField', validationMessages('{ find(address: { city: "x" }) { id } }'), ''],
  ['unknownInputField', validationMessages('{ find(address: { street: "x", zip: "1" }) { id } }'), ''],
  ['duplicateInputField', validationMessages('{ find(address: { street: "x", street: "y" }) { id } }'), ''],
  ['oneOfOneKey', validationMessages('{ search(pick: { byId: "1", byName: "a" }) { id } }'), ''],
  ['oneOfNonNull', validationMessages('{ search(pick: { byId: null }) { id } }'), ''],
  ['variableOneOf', validationMessages('query ($a: ID) { search(pick: { byId: $a }) { id } }'), ''],
  ['duplicateArgument', validationMessages('{ person(id: "1", id: "2") { id } }'), ''],
  ['duplicateOperation', validationMessages('query A { people { id } } query A { people { id } }'), ''],
  ['duplicateVariable', validationMessages('query ($a: ID!, $a: ID!) { person(id: $a) { id } }'), ''],
  ['duplicateFragment', validationMessages('{ people { ...F } } fragment F on Person { id } fragment F on Person { id }'), ''],
  ['loneAnonymousOperation', validationMessages('{ people { id } } query B { people { id } }'), ''],
  ['unknownFragment', validationMessages('{ people { ...F } }'), ''],
  ['unusedFragment', validationMessages('{ people { id } } fragment F on Person { id }'), ''],
  ['fragmentCycle', validationMessages('{ people { ...F } } fragment F on Person { ...F }'), ''],
  ['fragmentCycleVia', validationMessages('{ people { ...F } } fragment F on Person { ...G } fragment G on Person { ...F }'), ''],
  ['namedFragmentOnNonComposite', validationMessages('{ people { ...F } } fragment F on Color { id }'), ''],
  ['fragmentOnNonComposite', validationMessages('{ people { ... on Color { id } } }'), ''],
  ['fragmentSpread', validationMessages('{ people { ...F } } fragment F on Pet { id }'), ''],
  ['anonymousFragmentSpread', validationMessages('{ people { ... on Pet { id } } }'), ''],
  ['unknownDirective', validationMessages('{ people @nope { id } }'), ''],
  ['misplacedDirective', validationMessages('query @onField(flag: true) { people { id } }'), ''],
  ['requiredDirectiveArgument', validationMessages('{ people @onField { id } }'), ''],
  ['unknownDirectiveArgument', validationMessages('{ people @onField(flag: true, nope: 1) { id } }'), ''],
  ['duplicateDirective', validationMessages('{ people @onField(flag: true) @onField(flag: true) { id } }'), ''],
  ['notExecutable', validationMessages('{ people { id } } type Extra { id: ID }'), ''],
  ['fieldsConflict', validationMessages('{ people { x: id x: name } }'), ''],
  ['fieldsConflict', validationMessages('{ people { name(upper: true) name(upper: false) } }'), ''],
  ['fieldsConflict', validationMessages('{ people { friends { x: id } friends { x: name } } }'), ''],
  ['requiredInputField', coercionMessages({ city: 'x' }, 'Address'), ''],
  ['unknownInputField', coercionMessages({ street: 'x', zip: '1' }, 'Address'), ''],
  ['expectedObject', coercionMessages('x', 'Address'), ''],
  ['oneOfOneKeyOfType', coercionMessages({ byId: '1', byName: 'a' }, 'Pick'), ''],
  ['oneOfNonNull', coercionMessages({ byId: null }, 'Pick'), ''],
  ['enumUnknownValue', coercionMessages('PINK', 'Color'), ''],
  ['enumNotString', coercionMessages(3, 'Color'), ''],
  ['stringNotString', coercionMessages({ street: 5 }, 'Address'), ''],
];

function variableMessages(source: string, inputs: Record<string, unknown>): string[] {
  const operation = parse(source).definitions[0] as never as { variableDefinitions: never[] };
  const result = getVariableValues(schema, operation.variableDefinitions, inputs);
  return (result.errors ?? []).map((error) => error.message);
}

REAL.push(
  ['variableInvalid', variableMessages('query ($a: Int) { people(first: $a) { id } }', { a: 'ten' }), ''],
  ['variableInvalidAt', variableMessages('query ($a: Address) { find(address: $a) { id } }', { a: { street: 5 } }), ''],
  ['variableInvalid', variableMessages('query ($a: Int) { people(first: $a) { id } }', { a: 2 ** 40 }), ''],
  ['variableInvalid', variableMessages('query ($a: ID) { person(id: $a) { id } }', { a: true }), ''],
  ['variableInvalid', variableMessages('query ($a: Color) { people(color: $a) { id } }', { a: 'PINK' }), ''],
);

describe('graphql-js 16 real messages', () => {
  it.each(REAL.filter(([, messages]) => messages.length))('%s: %j', (key, messages, nested) => {
    for (const message of messages) {
      const found = findErrorMessage(message) ?? findErrorMessage(message.replace(/ Did you mean [\s\S]+\?$/u, ''));
      expect(found?.key).toBe(key);
      if (nested) expect(found?.values['reason']).toBe(nested);
      for (const language of TRANSLATED) {
        const translated = localizeErrorMessage(message, language);
        expect(translated).not.toBe(message);
        // No English sentence left inside: the nested reason and suggestions are translated too.
        expect(translated).not.toMatch(/ cannot | must | Did you mean | Expected | not provided| is not defined/u);
      }
    }
  });

  it('translates the suggestions graphql-js appends, names listed the language’s way', () => {
    const [message] = validationMessages('{ peple { id } }');
    expect(message).toBe('Cannot query field "peple" on type "Query". Did you mean "people"?');
    expect(localizeErrorMessage(message, 'fr')).toBe('Impossible de demander le champ "peple" sur le type "Query". Vouliez-vous dire "people" ?');
    const three = 'Field "strt" is not defined by type "Address". Did you mean "street", "start", or "stretch"?';
    expect(localizeErrorMessage(three, 'de')).toBe('Das Feld "strt" ist im Typ "Address" nicht definiert. Meinten Sie "street", "start" oder "stretch"?');
    const [enumValue] = coercionMessages('RDE', 'Color');
    expect(enumValue).toBe('Value "RDE" does not exist in "Color" enum. Did you mean the enum value "RED"?');
    expect(localizeErrorMessage(enumValue, 'it')).toBe('Il valore "RDE" non esiste nell’enumerazione "Color". Intendeva il valore di enumerazione "RED"?');
  });

  it('translates a nested reason: the operation guard’s variable message around graphql-js’s coercion error', () => {
    const message = 'Variable "$input" got an invalid value at "input.street"; Field "street" of required type "String!" was not provided.';
    expect(localizeErrorMessage(message, 'de')).toBe(
      'Die Variable "$input" hat bei "input.street" einen ungültigen Wert erhalten; Das Feld "street" des erforderlichen Typs "String!" wurde nicht übergeben.',
    );
  });

  it('leaves a message it does not know, and English, as they are', () => {
    expect(localizeErrorMessage('Something graphql-js 17 might say.', 'fr')).toBe('Something graphql-js 17 might say.');
    const [message] = validationMessages('{ nope }');
    expect(localizeErrorMessage(message, 'en')).toBe(message);
  });
});
