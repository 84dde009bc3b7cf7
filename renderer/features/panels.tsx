import type { ComponentType } from 'react';
import type { CommandId } from '../../shared/commands/catalog';
import { DiagnosticsPanel } from './diagnostics/DiagnosticsPanel';
import { FootnotesPane } from './footnotes/FootnotesPane';
import { NegotiationPanel } from './negotiation/NegotiationPanel';
import { AgreedPanel } from './agreed-language/AgreedPanel';

/** A side panel: shown and hidden by its View command; its component reads the editor through slate-react hooks. */
export interface PanelSpec {
  id: string;
  title: string;
  command: CommandId;
  component: ComponentType;
}

/** The side panels, in display order. Features append theirs (footnotes, diagnostics, agreed language …). */
export const panels: PanelSpec[] = [
  { id: 'footnotes', title: 'Footnotes', command: 'view.footnotes', component: FootnotesPane },
  { id: 'diagnostics', title: 'Format checks', command: 'view.diagnostics', component: DiagnosticsPanel },
  { id: 'agreed-language', title: 'Agreed language', command: 'view.agreedLanguage', component: AgreedPanel },
  { id: 'negotiation', title: 'Revisions and proposals', command: 'view.negotiation', component: NegotiationPanel },
];
