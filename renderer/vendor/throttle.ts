import { debounce, type Debounced } from './debounce';

/** lodash's `throttle`: at most one call per `wait` ms, on the leading and the trailing edge (see debounce.ts). */
export function throttle<A extends unknown[], R>(func: (...args: A) => R, wait = 0): Debounced<A, R> {
  return debounce(func, wait, { leading: true, trailing: true, maxWait: wait });
}

export default throttle;
