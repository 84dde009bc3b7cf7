import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/**
 * Main-thread CPU time per keystroke, from a Chromium trace: the thread time (not wall time) of every
 * renderer main-thread task from one keydown to the next. Unlike wall time it does not grow when other
 * processes compete for the CPU, so it shows what a keystroke costs on an idle machine.
 */
export async function cpuPerKeystroke(browser: Browser, page: Page, typeKeys: () => Promise<void>): Promise<number[]> {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  await typeKeys();
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = outermost(onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'));
  const keydowns = onMain
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  // the window of a key opens with the task that dispatches its keydown (which starts a little earlier)
  const starts = keydowns.map((ts) => tasks.filter((t) => t.ts <= ts).reduce((latest, t) => Math.max(latest, t.ts), ts));
  return starts.slice(0, -1).map((start, i) => {
    const end = starts[i + 1]!;
    return tasks.filter((t) => t.ts >= start && t.ts < end).reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000;
  });
}

/** Tasks not nested in another (both task event names may wrap the same work): counted once. */
function outermost(tasks: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const task of [...tasks].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (task.ts < end) continue;
    out.push(task);
    end = task.ts + (task.dur ?? 0);
  }
  return out;
}
