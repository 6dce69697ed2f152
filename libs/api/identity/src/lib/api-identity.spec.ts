import { apiIdentity } from './api-identity';

describe('apiIdentity', () => {
  it('should work', () => {
    expect(apiIdentity()).toEqual('api-identity');
  });
});
