import { paragraphText } from '../../../shared/model/text';
import { focusParagraph } from '../../../shared/model/transforms/paragraphs';
import { paragraphRefsOf } from '../../editor/use-derived';
import { api } from '../../api';
import type { Command } from '../../commands/command';
import { useAppStore } from '../../state/store';
import { draftContext } from './draft-context';
import { usePanelStore } from './panel-store';

export const AGREED_PANEL = 'agreed-language';

/** "Find agreed language for this paragraph": the closest adopted paragraphs and what differs, in the panel. */
export const findForParagraph: Command = {
  id: 'agreed.findForParagraph',
  isEnabled: (editor) => {
    const focus = focusParagraph(editor);
    return focus !== null && paragraphText(focus[0].children).trim().length > 0;
  },
  run: async (editor) => {
    const focus = focusParagraph(editor);
    if (!focus) return;
    const [paragraph, path] = focus;
    const text = paragraphText(paragraph.children);
    const ref = paragraphRefsOf(editor.children).get(paragraph.id) ?? '';
    const { setFind } = usePanelStore.getState();
    setFind({ paragraphId: paragraph.id, ref, text, results: [], status: 'searching', error: '' });
    useAppStore.getState().showPanel(AGREED_PANEL);
    const context = draftContext(editor, path);
    const answer = await api.searchCorpus({ text, k: 5, mode: 'similar', context });
    // a later run may have replaced this one meanwhile
    if (usePanelStore.getState().find?.paragraphId !== paragraph.id || usePanelStore.getState().find?.text !== text) return;
    setFind(
      answer.ok
        ? { paragraphId: paragraph.id, ref, text, results: answer.value.results, status: 'done', error: '' }
        : { paragraphId: paragraph.id, ref, text, results: [], status: 'error', error: answer.error },
    );
  },
};
