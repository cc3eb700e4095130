import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadCognitoConfig } from './auth/config.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The deploy's /config.json decides how people sign in, so read it before the first render.
loadCognitoConfig().then((cognito) => {
  createRoot(root).render(
    <StrictMode>
      <App cognito={cognito} />
    </StrictMode>,
  );
});
