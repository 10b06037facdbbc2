import './app/stijlen';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders, maakQueryClient } from './app/AppProviders';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <AppProviders client={maakQueryClient()}>
      <App />
    </AppProviders>,
  );
}
