import { resetTokenFromFragment } from './reset-token';

describe('resetTokenFromFragment', () => {
  it('reads the token of the fragment, with or without the #', () => {
    expect(resetTokenFromFragment('token=abc_DEF-123')).toBe('abc_DEF-123');
    expect(resetTokenFromFragment('#token=abc')).toBe('abc');
    expect(resetTokenFromFragment('token=a%2Bb')).toBe('a+b');
  });

  it('finds nothing in an empty, foreign or oversized fragment', () => {
    for (const fragment of [null, undefined, '', '#', 'top', 'token=', `token=${'x'.repeat(201)}`]) {
      expect(resetTokenFromFragment(fragment)).toBeNull();
    }
  });
});
