import type { CommandId } from '../../shared/commands/catalog';
import { featureCommands } from '../features/commands';
import { about } from './about';
import { unavailable, type Command } from './command';
import { convertParagraph } from './convert-paragraph';
import { demoteParagraph } from './demote-paragraph';
import { importDocument } from './import-document';
import { moveParagraphDown } from './move-paragraph-down';
import { moveParagraphUp } from './move-paragraph-up';
import { newDocument } from './new-document';
import { openDocument } from './open-document';
import { promoteParagraph } from './promote-paragraph';
import { redo } from './redo';
import { saveDocument } from './save-document';
import { saveDocumentAs } from './save-document-as';
import { toggleOutline } from './toggle-outline';
import { undo } from './undo';
import { viewPanel } from './view-panel';

const core = {
  'file.new': newDocument,
  'file.open': openDocument,
  'file.save': saveDocument,
  'file.saveAs': saveDocumentAs,
  'file.import': importDocument,
  'file.export': unavailable('file.export'),
  'edit.undo': undo,
  'edit.redo': redo,
  'paragraph.demote': demoteParagraph,
  'paragraph.promote': promoteParagraph,
  'paragraph.toggleKind': convertParagraph,
  'paragraph.moveUp': moveParagraphUp,
  'paragraph.moveDown': moveParagraphDown,
  'footnote.insert': unavailable('footnote.insert'),
  'view.outline': toggleOutline,
  'view.footnotes': viewPanel('view.footnotes'),
  'view.diagnostics': viewPanel('view.diagnostics'),
  'view.agreedLanguage': viewPanel('view.agreedLanguage'),
  'view.negotiation': viewPanel('view.negotiation'),
  'agreed.findForParagraph': unavailable('agreed.findForParagraph'),
  'negotiate.trackChanges': unavailable('negotiate.trackChanges'),
  'negotiate.newRevision': unavailable('negotiate.newRevision'),
  'negotiate.compare': unavailable('negotiate.compare'),
  'help.about': about,
} satisfies Record<CommandId, Command>;

/**
 * Every command of the catalog, by id: toolbar, menubar, palette, keys and main's menu clicks all run
 * these. Features override an entry by listing their command in features/commands.ts.
 */
export const commands: Record<CommandId, Command> = {
  ...core,
  ...Object.fromEntries(featureCommands.map((command) => [command.id, command])),
};
