import { invitationMode } from './invitation-mode';

describe('invitationMode', () => {
  it('creates the account when none exists for the email', () => {
    expect(invitationMode({ email: 'new@example.com', accountExists: false }, null)).toBe('create-account');
  });

  it('accepts with one click when signed in as the invited email (any case)', () => {
    expect(invitationMode({ email: 'Chloe@Example.com', accountExists: true }, 'chloe@example.com')).toBe('accept');
  });

  it('asks to sign in as the invited email otherwise', () => {
    expect(invitationMode({ email: 'chloe@example.com', accountExists: true }, null)).toBe('sign-in');
    expect(invitationMode({ email: 'chloe@example.com', accountExists: true }, 'bruno@example.com')).toBe('sign-in');
  });
});
