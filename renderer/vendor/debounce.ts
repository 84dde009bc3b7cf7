/**
 * Debounce and throttle with lodash's interface, for slate-react (which imports `lodash/debounce` and
 * `lodash/throttle`; the renderer's Vite configs point those imports here).
 *
 * Why not lodash's own: its `flush()` drops the pending timer's id without clearing the timer. Slate flushes
 * its throttled selection handler before every typed character, so while a delegate types the orphaned
 * timers pile up and each re-arms itself: a trace of fast typing in a 300-paragraph draft showed ~26 timer
 * tasks per keystroke (about 2 ms of main-thread time). Here a flush or a cancel always clears the timer.
 */
export interface DebounceOptions {
  /** call on the leading edge of a burst */
  leading?: boolean;
  /** call on the trailing edge with the latest arguments (default true) */
  trailing?: boolean;
  /** the longest a pending call may wait (what turns a debounce into a throttle) */
  maxWait?: number;
}

export interface Debounced<A extends unknown[], R> {
  (...args: A): R | undefined;
  /** runs the pending call now, if there is one */
  flush(): R | undefined;
  /** drops the pending call */
  cancel(): void;
}

export function debounce<A extends unknown[], R>(func: (...args: A) => R, wait = 0, options: DebounceOptions = {}): Debounced<A, R> {
  const leading = options.leading ?? false;
  const trailing = options.trailing ?? true;
  const maxWait = options.maxWait === undefined ? undefined : Math.max(options.maxWait, wait);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | null = null;
  let lastCall = 0;
  let lastInvoke = 0;
  let result: R | undefined;

  const invoke = (args: A): R | undefined => {
    pending = null;
    lastInvoke = Date.now();
    result = func(...args);
    return result;
  };
  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const due = (now: number) => now - lastCall >= wait || (maxWait !== undefined && now - lastInvoke >= maxWait);
  const arm = (now: number) => {
    const untilQuiet = wait - (now - lastCall);
    const delay = maxWait === undefined ? untilQuiet : Math.min(untilQuiet, maxWait - (now - lastInvoke));
    timer = setTimeout(onTimer, Math.max(0, delay));
  };
  function onTimer(): void {
    timer = undefined;
    const now = Date.now();
    if (pending && !due(now)) return arm(now);
    // the burst is over: the trailing call, if any, and nothing left scheduled
    if (pending && trailing) invoke(pending);
    pending = null;
  }

  const debounced = (...args: A): R | undefined => {
    const now = Date.now();
    lastCall = now;
    if (timer === undefined) {
      // a new burst: a leading call runs now unless the last call ran less than `wait` ago
      if (leading && now - lastInvoke >= wait) {
        timer = setTimeout(onTimer, wait);
        return invoke(args);
      }
      if (!leading) lastInvoke = now; // maxWait counts from the start of the burst
      pending = args;
      arm(now);
      return result;
    }
    pending = args;
    // calls in a tight loop never let the timer run: honour maxWait here too
    if (maxWait !== undefined && now - lastInvoke >= maxWait) {
      stop();
      timer = setTimeout(onTimer, wait);
      return invoke(args);
    }
    return result;
  };
  debounced.flush = (): R | undefined => {
    stop();
    return pending ? invoke(pending) : result;
  };
  debounced.cancel = (): void => {
    stop();
    pending = null;
  };
  return debounced;
}

export default debounce;
