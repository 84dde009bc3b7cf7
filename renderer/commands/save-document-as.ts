import { saveDocumentAs as saveAs } from '../document/save';
import { always, type Command } from './command';

export const saveDocumentAs: Command = { id: 'file.saveAs', isEnabled: always, run: (editor) => saveAs(editor) };
