import { apiCatalog } from './api-catalog';

describe('apiCatalog', () => {
  it('should work', () => {
    expect(apiCatalog()).toEqual('api-catalog');
  });
});
