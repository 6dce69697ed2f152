import { buildSchema, GraphQLError, type OperationDefinitionNode, parse } from 'graphql';
import { checkOperationInput, inputFieldPath, unstorableTextReason } from './operation-input';

const schema = buildSchema(`
  input Address { street: String! city: String }
  input Details { name: String! addresses: [Address!]! }
  input SignUp { email: String! details: Details! }
  type Query { search(text: String!, first: Int! = 20, after: String): Int }
  type Mutation { signUp(input: SignUp!): Int }
`);

function check(source: string, variables?: Record<string, unknown>) {
  const document = parse(source);
  try {
    checkOperationInput(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions : error;
  }
  return 'accepted';
}

const SIGN_UP = `mutation($input: SignUp!) { signUp(input: $input) }`;
const valid = { email: 'a@example.test', details: { name: 'A', addresses: [{ street: 'Rue 1' }, { street: 'Rue 2' }] } };

describe('checkOperationInput', () => {
  it('accepts well-formed input, surrogate pairs included', () => {
    expect(check(SIGN_UP, { input: { ...valid, email: 'crab🦀@example.test' } })).toBe('accepted');
    expect(check(`{ search(text: "a") }`)).toBe('accepted');
  });

  it.each([
    ['a wrong type', { input: { ...valid, email: 1 } }, 'email'],
    ['a missing required field', { input: { details: valid.details } }, 'email'],
    ['an unknown field, nested', { input: { ...valid, details: { ...valid.details, nmae: 'x' } } }, 'details.nmae'],
    ['null in a list of non-null', { input: { ...valid, details: { ...valid.details, addresses: [null] } } }, 'details.addresses.0'],
    ['NUL, nested', { input: { ...valid, details: { ...valid.details, addresses: [{ street: 'a' }, { street: 'b\u0000' }] } } }, 'details.addresses.1.street'],
    ['a lone surrogate', { input: { ...valid, email: 'a\udc00@example.test' } }, 'email'],
    ['a missing variable', {}, 'input'],
  ])('refuses %s as BAD_USER_INPUT naming the field, HTTP 400', (_label, variables, field) => {
    expect(check(SIGN_UP, variables)).toEqual({ code: 'BAD_USER_INPUT', field, http: { status: 400 } });
  });

  it('names the argument outside an input, for literals and variables alike', () => {
    expect(check(`{ search(text: "a\\u0000") }`)).toMatchObject({ field: 'text' });
    expect(check(`query($f: Int) { search(text: "a", first: $f) }`, { f: null })).toMatchObject({ field: 'first' });
    expect(check(`query($f: Int!) { search(text: "a", first: $f) }`, { f: 2 ** 31 })).toMatchObject({ field: 'first' });
    expect(check(`query($t: String!) { search(text: "a", after: $t) }`, { t: '\ud800' })).toMatchObject({ field: 'after' });
  });

  it('follows a variable into the literal that holds it', () => {
    const source = `mutation($street: String!) { signUp(input: { email: "a@b.ch", details: { name: "A", addresses: [{ street: $street }] } }) }`;
    expect(check(source, { street: 'x\u0000' })).toMatchObject({ field: 'details.addresses.0.street' });
  });
});

describe('inputFieldPath and unstorableTextReason', () => {
  it('drops the input argument only', () => {
    expect(inputFieldPath(['input', 'organization', 'billingAddresses', 1, 'street'])).toBe('organization.billingAddresses.1.street');
    expect(inputFieldPath(['input'])).toBe('input');
    expect(inputFieldPath(['after'])).toBe('after');
  });
  it('tells NUL and lone surrogates from well-formed text', () => {
    expect(unstorableTextReason('plain é 🦀')).toBeNull();
    expect(unstorableTextReason('a\u0000')).toMatch(/NUL/);
    expect(unstorableTextReason('\ud83e')).toMatch(/surrogate/);
    expect(unstorableTextReason('\udd80x')).toMatch(/surrogate/);
  });
});
