import { onFirstUse } from './on-first-use';

describe('onFirstUse', () => {
  it('loads nothing until called, then once for every caller, concurrent ones included', async () => {
    let loads = 0;
    const module = onFirstUse(async () => ({ n: ++loads }));
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([module(), module()]);
    expect(await module()).toBe(a);
    expect(b).toBe(a);
    expect(loads).toBe(1);
  });

  it('tries again after a failed load', async () => {
    let attempts = 0;
    const module = onFirstUse(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('not yet');
      return 'loaded';
    });
    await expect(module()).rejects.toThrow('not yet');
    await expect(module()).resolves.toBe('loaded');
    expect(attempts).toBe(2);
  });
});
