import { newId } from '../model/ids';
import type { Revision } from '../model/types';

/** Who made a change and when; the id lets one change be accepted or rejected on its own. */
export function makeRevision(author: string, date: string): Revision {
  return { id: newId('rev'), author, date };
}
