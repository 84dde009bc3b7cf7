import type { CommandId } from '../../shared/commands/catalog';
import { CommandButton } from './CommandButton';

const GROUPS: { id: CommandId; text: string }[][] = [
  [
    { id: 'file.new', text: 'New' },
    { id: 'file.open', text: 'Open' },
    { id: 'file.save', text: 'Save' },
  ],
  [
    { id: 'edit.undo', text: 'Undo' },
    { id: 'edit.redo', text: 'Redo' },
  ],
  [
    { id: 'paragraph.toggleKind', text: 'PP ↔ OP' },
    { id: 'paragraph.promote', text: '⇤ Promote' },
    { id: 'paragraph.demote', text: 'Demote ⇥' },
    { id: 'paragraph.moveUp', text: '↑ Move' },
    { id: 'paragraph.moveDown', text: '↓ Move' },
  ],
];

export function Toolbar() {
  return (
    <div className="toolbar" role="toolbar" aria-label="Editing">
      {GROUPS.map((group, i) => (
        <div className="tool-group" key={i}>
          {group.map((entry) => (
            <CommandButton key={entry.id} id={entry.id} text={entry.text} />
          ))}
        </div>
      ))}
    </div>
  );
}
