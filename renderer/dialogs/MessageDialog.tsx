import { Modal } from './Modal';

export function MessageDialog({ title, text, onClose }: { title: string; text: string; onClose: () => void }) {
  return (
    <Modal title={title} onClose={onClose} actions={<button type="button" className="primary" onClick={onClose}>OK</button>}>
      <p className="message-text">{text}</p>
    </Modal>
  );
}
