import './styles/fonts.css';
import '@kern-ux/native/dist/kern.min.css';
import './styles/app.css';
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { followAccountLanguage } from './i18n/followAccountLanguage';
import { loadAllCatalogues, startI18n } from './i18n/i18n';
import { loadScriptFontsWhenIdle } from './i18n/scriptFonts';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { isKioskAddress, takeDeviceSecretFromAddress } from './kiosk/terminal';

// Self-service terminal mode: its own app, no service worker, nothing remembered on the device.
// Its pages use every namespace: all texts are fetched with its code.
const KioskApp = lazy(() =>
  Promise.all([import('./kiosk/KioskApp'), loadAllCatalogues()]).then(([module]) => ({ default: module.KioskApp })),
);
const kiosk = isKioskAddress();

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing in index.html');

if (kiosk) {
  takeDeviceSecretFromAddress();
} else {
  registerServiceWorker();
  followAccountLanguage();
}

// The texts of the first page are fetched first (client/src/i18n), so it never shows keys or German in between.
void startI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      {kiosk ? (
        <Suspense>
          <KioskApp />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
  loadScriptFontsWhenIdle();
});
