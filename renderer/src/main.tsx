import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/noto-sans/index.css';
import './styles.css';
import { createApiClient } from './api/client';
import { ApiProvider } from './api/ApiContext';
import { setupI18n } from './i18n';
import { App } from './App';
import { applyStoredTheme } from './components/ThemeToggle';

applyStoredTheme();
void setupI18n().then(() => {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <ApiProvider client={createApiClient()}>
        <App />
      </ApiProvider>
    </StrictMode>,
  );
});
