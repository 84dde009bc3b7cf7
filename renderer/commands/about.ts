import { CORPUS_NOTICE } from '../../shared/agreed-language/passage';
import { useAppStore } from '../state/store';
import { always, type Command } from './command';

export const about: Command = {
  id: 'help.about',
  isEnabled: always,
  run: () =>
    useAppStore.getState().openDialog({
      kind: 'message',
      title: 'About Penholder',
      text: `Penholder drafts United Nations resolutions offline: UN format while you type, agreed language, footnotes, revisions and Word export. Agreed-language corpus: ${CORPUS_NOTICE}`,
    }),
};
