import { useState } from 'react';
import type { Citation } from '../../../shared/citations/citation';
import { api } from '../../api';
import { useAppStore } from '../../state/store';

/**
 * Saves this citation under a name in the user's own instrument table (their preferences), so typing that
 * name later offers the footnote. The shipped table is not touched.
 */
export function AddToTable({ citation }: { citation: Citation }) {
  const [name, setName] = useState('');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | string>('idle');
  const save = async () => {
    const preferences = useAppStore.getState().preferences;
    const entry = { id: `user-${Date.now().toString(36)}`, names: [name.trim()], citation };
    setState('saving');
    const result = await api.setPreferences({ ...preferences, userTreaties: [...preferences.userTreaties, entry] });
    if (result.ok) {
      useAppStore.getState().setPreferences(result.value);
      setState('saved');
      setName('');
    } else setState(result.error);
  };
  return (
    <label>
      Add to my instruments, as
      <span className="check">
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Name as drafts write it" />
        <button type="button" disabled={!name.trim() || state === 'saving'} onClick={() => void save()}>
          Add
        </button>
      </span>
      {state === 'saved' ? <span>Added.</span> : state !== 'idle' && state !== 'saving' ? <span className="error">{state}</span> : null}
    </label>
  );
}
