import type { ComponentType } from 'react';
import { ChangesTab } from './ChangesTab';
import { CompareTab } from './CompareTab';
import { ProposalsTab } from './ProposalsTab';
import { RevisionsTab } from './RevisionsTab';
import { SponsorsTab } from './SponsorsTab';
import { useNegotiationView, type NegotiationTab } from './store';
import './negotiation.css';

const TABS: { id: NegotiationTab; label: string; component: ComponentType }[] = [
  { id: 'revisions', label: 'Revisions', component: RevisionsTab },
  { id: 'compare', label: 'Compare', component: CompareTab },
  { id: 'changes', label: 'Changes', component: ChangesTab },
  { id: 'proposals', label: 'Proposals', component: ProposalsTab },
  { id: 'sponsors', label: 'Sponsors', component: SponsorsTab },
];

/** Revisions and proposals: named revisions, compare, tracked changes, the compilation text, sponsors. */
export function NegotiationPanel() {
  const tab = useNegotiationView((s) => s.tab);
  const setTab = useNegotiationView((s) => s.setTab);
  const Tab = TABS.find((t) => t.id === tab)!.component;
  return (
    <div className="negotiation-panel">
      <div role="tablist" className="neg-tabs">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={t.id === tab} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={TABS.find((t) => t.id === tab)!.label}>
        <Tab />
      </div>
    </div>
  );
}
