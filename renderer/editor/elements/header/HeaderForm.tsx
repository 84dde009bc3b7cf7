import type { Distribution, Header } from '../../../../shared/model/types';
import type { ElementProps } from '../../element-props';
import { HeaderField } from './HeaderField';
import { SponsorsEditor } from './SponsorsEditor';
import { useHeaderEdit } from './use-header-edit';

const DISTRIBUTIONS: Distribution[] = ['General', 'Limited', 'Restricted'];

/**
 * The front matter as a form laid out like the UN masthead: symbol and organ, the Distr./date/language block,
 * the session block, then sponsors. A void element: its inputs are not document text, and every change is
 * a Slate operation, so undo covers it.
 */
export function HeaderForm({ attributes, children, element }: ElementProps<Header>) {
  const edit = useHeaderEdit(element);
  const fields = element.fields;
  const field = (name: keyof Header['fields'], label: string, extra: { placeholder?: string; className?: string; type?: 'date' } = {}) => (
    <HeaderField fields={fields} name={name} label={label} edit={edit} {...extra} />
  );
  return (
    <div {...attributes} className="header-form" contentEditable={false}>
      <div className="masthead">
        <div className="masthead-left">
          <span className="un">United Nations</span>
          {field('organ', 'Organ', { className: 'organ', placeholder: 'General Assembly' })}
        </div>
        {field('symbol', 'Symbol', { className: 'symbol', placeholder: 'A/81/L.1' })}
      </div>
      <div className="distribution-block">
        <label className="hf">
          <span className="hf-label">Distr.</span>
          <select name="distribution" value={fields.distribution ?? ''} onChange={(e) => edit.setField('distribution', e.target.value)}>
            <option value="">—</option>
            {DISTRIBUTIONS.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        {field('date', 'Date', { type: 'date' })}
        {field('languageLine', 'Language', { placeholder: 'Original: English' })}
      </div>
      <div className="session-block">
        {field('subsidiaryBody', 'Subsidiary body', { placeholder: 'Third Committee' })}
        {field('session', 'Session', { placeholder: 'Eighty-first session' })}
        {field('placeAndDates', 'Place and dates', { placeholder: 'Vienna, 23–27 April 2007' })}
        {field('agendaItem', 'Agenda item', { placeholder: 'Agenda item 3 (b)' })}
        {field('agendaTitle', 'Agenda title', { className: 'agenda-title', placeholder: 'Title of the agenda item' })}
      </div>
      <SponsorsEditor header={element} edit={edit} />
      {children}
    </div>
  );
}
