import type { ReactNode } from 'react';
import { useAppStore } from '../state/store';

interface Props {
  menubar: ReactNode;
  toolbar: ReactNode;
  outline: ReactNode;
  editor: ReactNode;
  side: ReactNode;
  status: ReactNode;
  overlays: ReactNode;
}

/** The window's grid: bars on top, outline | page | side panels, status at the bottom. */
export function Shell({ menubar, toolbar, outline, editor, side, status, overlays }: Props) {
  const outlineOpen = useAppStore((s) => s.outlineOpen);
  return (
    <div className="shell">
      <header className="bars">
        {menubar}
        {toolbar}
      </header>
      <div className="workspace">
        {outlineOpen ? outline : null}
        <main className="desk">{editor}</main>
        {side}
      </div>
      {status}
      {overlays}
    </div>
  );
}
