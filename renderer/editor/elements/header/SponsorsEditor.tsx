import type { Header, Sponsor } from '../../../../shared/model/types';
import type { HeaderEdit } from './use-header-edit';

interface Props {
  header: Header;
  edit: HeaderEdit;
}

const LABELS: { value: Header['sponsorLabel']; text: string }[] = [
  { value: null, text: '(no label)' },
  { value: 'draft resolution', text: 'draft resolution' },
  { value: 'revised draft resolution', text: 'revised draft resolution' },
];

/** Sponsors in the entered order (never sorted), each optionally "on behalf of" a group, and the label. */
export function SponsorsEditor({ header, edit }: Props) {
  const { sponsors } = header;
  const update = (index: number, change: Partial<Sponsor>) =>
    edit.setSponsors(sponsors.map((s, i) => (i === index ? clean({ ...s, ...change }) : s)));
  const remove = (index: number) => edit.setSponsors(sponsors.filter((_, i) => i !== index));
  const add = () => edit.setSponsors([...sponsors, { name: '', role: sponsors.length === 0 ? 'main' : 'sponsor' }]);
  return (
    <fieldset className="sponsors">
      <legend>Sponsors</legend>
      {sponsors.map((sponsor, i) => (
        <div className="sponsor-row" key={i}>
          <input aria-label={`Sponsor ${i + 1}`} name="sponsor" value={sponsor.name} placeholder="Member State" onChange={(e) => update(i, { name: e.target.value })} />
          <input
            aria-label={`Sponsor ${i + 1} on behalf of`}
            name="onBehalfOf"
            value={sponsor.onBehalfOf ?? ''}
            placeholder="on behalf of (group)"
            onChange={(e) => update(i, { onBehalfOf: e.target.value })}
          />
          <button type="button" className="icon" aria-label={`Remove sponsor ${i + 1}`} onClick={() => remove(i)}>
            ×
          </button>
        </div>
      ))}
      <div className="sponsor-actions">
        <button type="button" onClick={add}>
          Add sponsor
        </button>
        <label className="hf">
          <span className="hf-label">Label</span>
          <select
            name="sponsorLabel"
            value={header.sponsorLabel ?? ''}
            onChange={(e) => edit.setSponsorLabel((e.target.value || null) as Header['sponsorLabel'])}
          >
            {LABELS.map((l) => (
              <option key={l.text} value={l.value ?? ''}>
                {l.text}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}

/** An emptied "on behalf of" is removed rather than stored as "". */
function clean(sponsor: Sponsor): Sponsor {
  if (sponsor.onBehalfOf !== '') return sponsor;
  const { onBehalfOf: _dropped, ...rest } = sponsor;
  return rest;
}
