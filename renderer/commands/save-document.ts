import { saveDocument as save } from '../document/save';
import { always, type Command } from './command';

export const saveDocument: Command = { id: 'file.save', isEnabled: always, run: (editor) => save(editor) };
