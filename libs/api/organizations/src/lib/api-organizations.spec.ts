import { apiOrganizations } from './api-organizations';

describe('apiOrganizations', () => {
  it('should work', () => {
    expect(apiOrganizations()).toEqual('api-organizations');
  });
});
