import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { createKioskClient } from './api/client';
import { KioskApiProvider } from './api/KioskApiContext';
import { createI18n } from './i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// Created once: in browser mode this reads the launch token and clears it from the address bar.
const client = createKioskClient();

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n()}>
      <KioskApiProvider client={client}>
        <App />
      </KioskApiProvider>
    </I18nextProvider>
  </StrictMode>,
);
