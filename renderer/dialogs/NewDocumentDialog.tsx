import { useState } from 'react';
import { templates, type TemplateId } from '../../shared/model/templates';
import { confirmDiscard } from '../document/confirm-discard';
import { startFromTemplate } from '../document/session';
import { Modal } from './Modal';

/** File → New: one template per organ; each sets the organ, the adopting body and the header. */
export function NewDocumentDialog({ onClose }: { onClose: () => void }) {
  const [choice, setChoice] = useState<TemplateId>('ga-plenary');
  const create = () => {
    if (!confirmDiscard('Start a new document')) return;
    onClose();
    startFromTemplate(choice);
  };
  return (
    <Modal
      title="New draft resolution"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={create}>
            Create
          </button>
        </>
      }
    >
      <fieldset className="template-list">
        {templates.map((template) => (
          <label key={template.id} className="choice">
            <input
              type="radio"
              name="template"
              value={template.id}
              checked={choice === template.id}
              onChange={() => setChoice(template.id)}
              onDoubleClick={create}
            />
            <span>
              <strong>{template.name}</strong>
              <small>
                {template.header.fields?.symbol ?? ''} · {template.adoptingBody}
              </small>
            </span>
          </label>
        ))}
      </fieldset>
    </Modal>
  );
}
