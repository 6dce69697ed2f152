import { ExportSlots } from './export-slots';

describe('ExportSlots', () => {
  it('grants up to the limit at once, then makes the next wait for a release', async () => {
    const slots = new ExportSlots(2);
    const first = await slots.acquire(0);
    const second = await slots.acquire(0);
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(slots.inUse).toBe(2);
    const third = slots.acquire(1_000);
    first?.();
    const granted = await third;
    expect(granted).not.toBeNull();
    expect(slots.inUse).toBe(2);
    granted?.();
    second?.();
    expect(slots.inUse).toBe(0);
  });

  it('refuses a waiter when no slot frees before its deadline, and forgets it', async () => {
    const slots = new ExportSlots(1);
    const held = await slots.acquire(0);
    expect(await slots.acquire(20)).toBeNull();
    held?.();
    // The refused waiter no longer holds a place in line: the slot is simply free.
    expect(slots.inUse).toBe(0);
    expect(await slots.acquire(0)).not.toBeNull();
  });

  it('serves waiters in arrival order and counts a double release once', async () => {
    const slots = new ExportSlots(1);
    const held = await slots.acquire(0);
    const order: string[] = [];
    const a = slots.acquire(1_000).then((release) => { order.push('a'); return release; });
    const b = slots.acquire(1_000).then((release) => { order.push('b'); return release; });
    held?.();
    held?.();
    (await a)?.();
    (await b)?.();
    expect(order).toEqual(['a', 'b']);
    expect(slots.inUse).toBe(0);
  });
});
