import './styles/fonts.css';
import '@kern-ux/native/dist/kern.min.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { followAccountLanguage } from './i18n/followAccountLanguage';
import { startI18n } from './i18n/i18n';
import { loadScriptFontsWhenIdle } from './i18n/scriptFonts';
import { registerServiceWorker } from './offline/registerServiceWorker';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing in index.html');

registerServiceWorker();
followAccountLanguage();

// German is in the bundle; another language is fetched first, so the page never shows German in between.
void startI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  loadScriptFontsWhenIdle();
});
