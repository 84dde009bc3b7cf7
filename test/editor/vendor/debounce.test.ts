import { describe, expect, it } from 'vitest';
import { debounce } from '../../../renderer/vendor/debounce';
import { throttle } from '../../../renderer/vendor/throttle';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Real timers with wide margins: each case waits several times the debounce interval before it looks. */
describe('debounce and throttle (slate-react’s, in place of lodash’s)', () => {
  it('debounce: a burst of calls runs once, after the burst, with the last arguments', async () => {
    const calls: number[] = [];
    const f = debounce((n: number) => calls.push(n), 20);
    f(1);
    f(2);
    f(3);
    expect(calls).toEqual([]);
    await sleep(120);
    expect(calls).toEqual([3]);
  });

  it('throttle: the first call runs at once, the last of the window runs at its end', async () => {
    const calls: number[] = [];
    const f = throttle((n: number) => calls.push(n), 40);
    f(1);
    f(2);
    f(3);
    expect(calls).toEqual([1]);
    await sleep(200);
    expect(calls).toEqual([1, 3]);
  });

  it('flush runs the pending call now, and nothing runs later (the lodash flaw this replaces)', async () => {
    const calls: number[] = [];
    const f = throttle((n: number) => calls.push(n), 40);
    f(1);
    f(2);
    f.flush();
    expect(calls).toEqual([1, 2]);
    await sleep(200);
    expect(calls).toEqual([1, 2]);
  });

  it('flush with nothing pending does nothing', () => {
    const calls: number[] = [];
    const f = debounce((n: number) => calls.push(n), 20);
    f.flush();
    expect(calls).toEqual([]);
  });

  it('cancel drops the pending call', async () => {
    const calls: number[] = [];
    const f = debounce((n: number) => calls.push(n), 20);
    f(1);
    f.cancel();
    await sleep(100);
    expect(calls).toEqual([]);
  });

  it('a call made from inside the throttled function is deferred, not recursive (slate-react does this)', async () => {
    const calls: number[] = [];
    const f = throttle((n: number) => {
      calls.push(n);
      if (n === 1) f(2);
    }, 30);
    f(1);
    expect(calls).toEqual([1]);
    await sleep(150);
    expect(calls).toEqual([1, 2]);
  });

  it('throttle in a tight loop still runs once per interval', () => {
    const calls: number[] = [];
    const f = throttle((n: number) => calls.push(n), 10);
    const end = Date.now() + 45;
    let n = 0;
    while (Date.now() < end) f((n += 1));
    // leading call plus one per elapsed interval of 10 ms: 4 or 5 calls in 45 ms
    expect(calls.length).toBeGreaterThanOrEqual(4);
    expect(calls.length).toBeLessThanOrEqual(6);
    f.cancel();
  });
});
