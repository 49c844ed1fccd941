import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The 30-second warning before the wipe: an alert dialog that takes focus, with one big "continue". */
export function IdleWarningDialog({ secondsLeft, onContinue }: { secondsLeft: number; onContinue: () => void }) {
  const { t } = useTranslation('kiosk');
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
  }, []);
  return (
    <div className="kiosk-dialog-backdrop">
      <div
        className="kiosk-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kiosk-idle-title"
        aria-describedby="kiosk-idle-text"
        data-testid="kiosk-idle-warning"
      >
        <h2 id="kiosk-idle-title" className="kern-heading-medium">
          {t('idle.title')}
        </h2>
        <p id="kiosk-idle-text" className="kern-body">
          {t('idle.text', { count: secondsLeft })}
        </p>
        <button ref={button} type="button" className="kern-btn kern-btn--primary kiosk-big-button" onClick={onContinue}>
          <span className="kern-label">{t('idle.continue')}</span>
        </button>
      </div>
    </div>
  );
}
