import type { ReactNode } from 'react';
import { Editor, type DecoratedRange, type Text } from 'slate';
import { isModified } from '../../../shared/agreed-language/drift';
import { CORPUS_NOTICE } from '../../../shared/agreed-language/passage';
import { adoptedIn, provenanceLabel } from '../../../shared/agreed-language/provenance';
import { ResolutionElement } from '../../../shared/model/guards';
import { paragraphText } from '../../../shared/model/text';
import type { BodyParagraph } from '../../../shared/model/types';
import type { Decorator } from '../../editor/decorate';
import { DriftView } from './DriftView';
import { useDriftStore } from './drift-store';

const leafProp = (leaf: Text, name: string): unknown => (leaf as unknown as Record<string, unknown>)[name];

/** What the badge after an agreed paragraph shows, carried on the decoration of its last character. */
interface Badge {
  id: string;
  label: string;
  meta: string;
  draft: boolean;
  source: string;
  current: string;
  modified: boolean;
}

/** Paragraphs inserted from agreed text end with their provenance; edited ones are marked as modified. */
export const provenanceDecorator: Decorator = (editor, [node, path]) => {
  if (!ResolutionElement.isParagraph(node) || !node.source) return [];
  const end = Editor.end(editor, path);
  const before = Editor.before(editor, end, { unit: 'character' });
  if (!before || before.path.length <= path.length) return [];
  const current = paragraphText(node.children);
  const badge: Badge = {
    id: node.id,
    label: provenanceLabel(node.source),
    meta: node.source.draft ? 'draft' : adoptedIn(node.source),
    draft: node.source.draft === true,
    source: node.source.text,
    current,
    modified: isModified(node.source.text, current),
  };
  return [{ anchor: before, focus: end, agreedBadge: badge } as DecoratedRange];
};

function ProvenanceBadge({ badge }: { badge: Badge }) {
  const open = useDriftStore((s) => s.open.includes(badge.id));
  const toggle = useDriftStore((s) => s.toggle);
  const title = `${badge.label} (${badge.meta})${badge.draft ? '' : `\n${CORPUS_NOTICE}`}`;
  return (
    <span contentEditable={false} className="agreed-badge-box">
      <span className={`agreed-badge${badge.modified ? ' modified' : ''}`} title={title} data-ref={badge.label}>
        {badge.label}
        {badge.modified ? (
          <button type="button" className="agreed-modified" onMouseDown={(e) => e.preventDefault()} onClick={() => toggle(badge.id)}>
            modified agreed language{open ? ' · hide changes' : ' · show changes'}
          </button>
        ) : null}
      </span>
      {open && badge.modified ? <DriftView source={badge.source} current={badge.current} /> : null}
    </span>
  );
}

export const provenanceWrapper = (leaf: Text, children: ReactNode): ReactNode => {
  const badge = leafProp(leaf, 'agreedBadge') as Badge | undefined;
  return badge ? (
    <span className="agreed-badge-anchor">
      {children}
      <ProvenanceBadge badge={badge} />
    </span>
  ) : (
    children
  );
};

/** Paragraph class for the outline of modified agreed text (derived, never stored). */
export const modifiedClass = (paragraph: BodyParagraph): string | null =>
  paragraph.source && isModified(paragraph.source.text, paragraphText(paragraph.children))
    ? 'para-agreed-modified'
    : null;
