import { BuilderElement, type XmlComponent } from 'docx';
import type { Revision } from '../../model/types';
import { changeAttributes, type RevisionIds } from './revision-ids';

export type ChangeKind = 'ins' | 'del';

/**
 * Wraps runs that are not plain text (a footnote reference) in w:ins or w:del. Text runs use docx's
 * InsertedTextRun/DeletedTextRun, which also write w:delText; this covers the rest with the same ids.
 */
export function trackedWrapper(kind: ChangeKind, revision: Revision, ids: RevisionIds, children: XmlComponent[]): XmlComponent {
  const { id, author, date } = changeAttributes(ids, revision);
  return new BuilderElement<{ id: number; author: string; date: string }>({
    name: `w:${kind}`,
    attributes: { id: { key: 'w:id', value: id }, author: { key: 'w:author', value: author }, date: { key: 'w:date', value: date } },
    children,
  });
}
