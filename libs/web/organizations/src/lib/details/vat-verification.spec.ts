import { vatVerificationText } from './vat-verification';

describe('vatVerificationText', () => {
  const checkedAt = '2026-03-01T10:00:00Z';
  it('says when and as whom VIES verified the number', () => {
    expect(vatVerificationText({ status: 'VALID', checkedAt, registeredName: 'ACME SA' }, 'en-GB', 'UTC')).toEqual({
      tone: 'ok',
      text: 'Verified in VIES on 1 Mar 2026',
      detail: 'Registered as ACME SA',
    });
  });

  it('warns when VIES does not know the number or could not be asked', () => {
    expect(vatVerificationText({ status: 'INVALID', checkedAt }, 'en-GB', 'UTC').tone).toBe('warn');
    expect(vatVerificationText({ status: 'UNAVAILABLE', checkedAt }, 'en-GB', 'UTC').text).toBe(
      'VIES could not be reached on 1 Mar 2026',
    );
  });
});
