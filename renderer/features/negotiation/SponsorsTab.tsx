import { useState } from 'react';
import { useSlateSelector } from 'slate-react';
import { joinAsAdditional, withdrawSponsor } from '../../../shared/compilation/sponsorship';
import { ResolutionElement } from '../../../shared/model/guards';
import { sponsorsLine } from '../../../shared/model/sponsors-line';
import type { Header, Sponsor, SponsorRole } from '../../../shared/model/types';
import { useHeaderEdit } from '../../editor/elements/header/use-header-edit';

const ROLES: SponsorRole[] = ['main', 'sponsor', 'additional'];
const today = () => new Date().toISOString().slice(0, 10);

/** Sponsorship over time: roles, additional sponsors with the date they joined, withdrawals, the line as printed. */
export function SponsorsTab() {
  const header = useSlateSelector((e) => (e.children.find(ResolutionElement.isHeader) as Header | undefined) ?? null);
  if (!header) return <p className="empty">This document has no header.</p>;
  return <SponsorsEditorFor header={header} />;
}

function SponsorsEditorFor({ header }: { header: Header }) {
  const edit = useHeaderEdit(header);
  const [name, setName] = useState('');
  const [date, setDate] = useState(today());
  const [asOf, setAsOf] = useState('');
  const line = sponsorsLine(header, asOf ? { date: asOf } : {});
  const sponsors = header.sponsors;
  const update = (index: number, change: Partial<Sponsor>) => edit.setSponsors(sponsors.map((s, i) => (i === index ? { ...s, ...change } : s)));
  return (
    <div className="negotiation-sponsors">
      <p className="sponsors-line" aria-label="Sponsors line">
        {line.runs.map((r, i) => (r.mark ? <sup key={i}>{r.text}</sup> : <span key={i}>{r.text}</span>))}
      </p>
      {line.notes.map((n) => (
        <p key={n.symbol} className="symbol-note">
          {n.symbol} {n.text}
        </p>
      ))}
      <label>
        As of
        <input type="date" name="sponsorsAsOf" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
      </label>
      <table className="sponsor-table">
        <tbody>
          {sponsors.map((s, i) => (
            <tr key={`${s.name}-${i}`} className={s.withdrawn ? 'withdrawn' : undefined}>
              <td>{s.name || '(unnamed)'}</td>
              <td>
                <select aria-label={`Role of ${s.name}`} value={s.role} onChange={(e) => update(i, { role: e.target.value as SponsorRole })}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </td>
              <td>{s.role === 'additional' ? <input type="date" aria-label={`${s.name} joined`} value={s.joined ?? ''} onChange={(e) => update(i, { joined: e.target.value })} /> : null}</td>
              <td>
                {s.withdrawn ? (
                  <span className="muted">withdrew {s.withdrawn}</span>
                ) : (
                  <button type="button" onClick={() => edit.setSponsors(withdrawSponsor(sponsors, s.name, today()))}>
                    Withdraw
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="neg-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          edit.setSponsors(joinAsAdditional(sponsors, name, date));
          setName('');
        }}
      >
        <h3>Additional sponsor</h3>
        <label>
          Delegation
          <input name="additionalSponsor" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Joined
          <input type="date" name="joinedDate" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <button type="submit">Add additional sponsor</button>
      </form>
    </div>
  );
}
