import type { HeaderFields } from '../../../../shared/model/types';
import type { HeaderEdit } from './use-header-edit';

interface Props {
  fields: HeaderFields;
  name: keyof HeaderFields;
  label: string;
  edit: HeaderEdit;
  type?: 'text' | 'date';
  placeholder?: string;
  className?: string;
}

/** One header field: an input whose every change is an (undoable) edit of the header node. */
export function HeaderField({ fields, name, label, edit, type = 'text', placeholder, className }: Props) {
  return (
    <label className={className ? `hf ${className}` : 'hf'}>
      <span className="hf-label">{label}</span>
      <input
        type={type}
        name={name}
        value={fields[name] ?? ''}
        placeholder={placeholder}
        onChange={(event) => edit.setField(name, event.target.value)}
      />
    </label>
  );
}
