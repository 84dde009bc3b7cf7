import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { DocumentRoot } from './document/DocumentRoot';
import { startFromTemplate } from './document/session';
import './styles/app.css';
import './styles/page.css';

// a window opens on an untitled General Assembly draft; File → New offers the other organs
startFromTemplate('ga-plenary');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <DocumentRoot>
          <App />
        </DocumentRoot>
      </ErrorBoundary>
    </StrictMode>,
  );
}
