import type { TextRun } from './citation';

/** A piece of rendered footnote text (italics kept: *Treaty Series*, *Ibid.*, Official Records titles). */
export type Run = TextRun;

export { citationRuns, ibidForm, renderSeries, type IbidForm, type IbidStyle } from './ibid';
export { fullRuns } from './full-form';
