import { api } from '../api';
import { CommandPalette } from '../components/CommandPalette';
import { Menubar } from '../components/Menubar';
import { SidePanels } from '../components/SidePanels';
import { StatusBar } from '../components/StatusBar';
import { Toolbar } from '../components/Toolbar';
import { Dialogs } from '../dialogs/Dialogs';
import { ResolutionEditor } from '../editor/ResolutionEditor';
import { Outline } from '../features/outline/Outline';
import { useAppStore } from '../state/store';
import { Shell } from './Shell';

/** Layout only: what goes where. Behaviour lives in commands, document/ and the features. */
export function App() {
  const paletteOpen = useAppStore((s) => s.paletteOpen);
  return (
    <Shell
      menubar={api.mode === 'browser' ? <Menubar /> : null}
      toolbar={<Toolbar />}
      outline={<Outline />}
      editor={<ResolutionEditor />}
      side={<SidePanels />}
      status={<StatusBar />}
      overlays={
        <>
          <Dialogs />
          {paletteOpen ? <CommandPalette /> : null}
        </>
      }
    />
  );
}
