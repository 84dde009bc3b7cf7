import type { Descendant } from 'slate';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import { paragraphRefs } from '../../../shared/model/numbering';
import { listChanges, resolveChanges, type ChangeFilter, type TrackedChange } from '../../../shared/revisions/tracked-changes';
import { authorName } from '../../editor/plugins/tracking';
import { perValue } from '../../editor/use-derived';
import { useAppStore } from '../../state/store';
import { replaceBody } from './body';
import { authorColour } from './colours';
import { updatePreferences } from './use-preferences';

const changesOf = perValue(listChanges);
const refsOf = perValue(paragraphRefs);

const snippet = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Track changes: on/off and the author name; every change by author, accepted or rejected one by one, by author, or all. */
export function ChangesTab() {
  const editor = useSlateStatic();
  const changes = useSlateSelector((e) => changesOf(e.children));
  const refs = useSlateSelector((e) => refsOf(e.children));
  const tracking = useAppStore((s) => s.preferences.trackChanges);
  const author = useAppStore((s) => s.preferences.author);
  const resolve = (filter: ChangeFilter, action: 'accept' | 'reject') =>
    replaceBody(editor, resolveChanges(editor.children as Descendant[], filter, action));
  const authors = [...new Set(changes.map((c) => c.author))];
  return (
    <div className="negotiation-changes">
      <div className="neg-form">
        <label className="inline">
          <input type="checkbox" name="trackChanges" checked={tracking} onChange={() => void updatePreferences({ trackChanges: !tracking })} /> Track
          changes
        </label>
        <label>
          Author
          <input name="author" value={author} placeholder={authorName()} onChange={(e) => void updatePreferences({ author: e.target.value })} />
        </label>
      </div>
      {changes.length === 0 ? <p className="empty">No tracked changes.</p> : null}
      {changes.length > 0 ? (
        <div className="row-actions">
          <button type="button" onClick={() => resolve('all', 'accept')}>
            Accept all
          </button>
          <button type="button" onClick={() => resolve('all', 'reject')}>
            Reject all
          </button>
        </div>
      ) : null}
      {authors.map((name) => (
        <section key={name} className="author-changes" data-author={name}>
          <h3>
            <span className={`swatch author-${authorColour(name)}`} /> {name} ({changes.filter((c) => c.author === name).length})
            <button type="button" onClick={() => resolve({ author: name }, 'accept')}>
              Accept {name}
            </button>
            <button type="button" onClick={() => resolve({ author: name }, 'reject')}>
              Reject {name}
            </button>
          </h3>
          <ul>
            {changes
              .filter((c) => c.author === name)
              .map((c) => (
                <ChangeRow key={`${c.kind}:${c.id}`} change={c} where={refs.get(c.holder) ?? c.holder} onResolve={(action) => resolve({ id: c.id }, action)} />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ChangeRow({ change, where, onResolve }: { change: TrackedChange; where: string; onResolve: (action: 'accept' | 'reject') => void }) {
  const what = change.scope === 'paragraph' ? `${change.kind === 'insert' ? 'new' : 'deleted'} paragraph` : change.kind === 'insert' ? 'inserted' : 'deleted';
  return (
    <li className={`change change-${change.kind} author-${authorColour(change.author)}`}>
      <span className="change-where">{where}</span> {what}: <q>{snippet(change.text)}</q> <span className="muted">{change.date.slice(0, 16).replace('T', ' ')}</span>
      <button type="button" aria-label={`Accept ${what} ${change.text}`} onClick={() => onResolve('accept')}>
        ✓
      </button>
      <button type="button" aria-label={`Reject ${what} ${change.text}`} onClick={() => onResolve('reject')}>
        ✗
      </button>
    </li>
  );
}
