import { useShallow } from 'zustand/react/shallow';
import { panels } from '../features/panels';
import { useAppStore } from '../state/store';

/** The open side panels, from the features' registry. */
export function SidePanels() {
  const openIds = useAppStore(useShallow((s) => s.openPanels));
  const togglePanel = useAppStore((s) => s.togglePanel);
  const open = panels.filter((panel) => openIds.includes(panel.id));
  if (open.length === 0) return null;
  return (
    <aside className="side-panels">
      {open.map(({ id, title, component: Panel }) => (
        <section className="side-panel" key={id} aria-label={title}>
          <header>
            <h2>{title}</h2>
            <button type="button" className="icon" aria-label={`Close ${title}`} onClick={() => togglePanel(id)}>
              ×
            </button>
          </header>
          <Panel />
        </section>
      ))}
    </aside>
  );
}
