import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { QrCode } from '../cards/QrCode';
import { ErrorAlert } from '../components/ErrorAlert';
import { Ltr } from '../components/Ltr';
import { useFormSubmission } from '../forms/useFormSubmission';
import { getKioskDraft } from './draft';
import { handoverRequestFor } from './handoverStep';
import { CREATE_KIOSK_HANDOVER } from './operations';
import { terminalContext } from './terminal';

/**
 * "Continue on your phone": a QR code for the step on screen and what the person typed there (no
 * password); the phone opens /handover/<code> once, within 10 minutes. The kiosk's session never goes along.
 */
export function HandoverPanel() {
  const { t } = useTranslation('kiosk');
  const { pathname } = useLocation();
  const [createHandover] = useMutation(CREATE_KIOSK_HANDOVER);
  const { busy, error, run } = useFormSubmission();
  const [shown, setShown] = useState<{ url: string; forPath: string }>();
  const request = handoverRequestFor(pathname, getKioskDraft());
  if (!request) return null;

  async function show() {
    const current = handoverRequestFor(pathname, getKioskDraft());
    if (!current) return;
    const result = await run(() => createHandover({ variables: { input: current }, context: terminalContext() }));
    const path = result?.data?.createKioskHandover.path;
    if (path) setShown({ url: `${window.location.origin}${path}`, forPath: pathname });
  }

  const visible = shown && shown.forPath === pathname ? shown : undefined;
  return (
    <section className="kiosk-handover stack" aria-labelledby="kiosk-handover-title">
      <h2 id="kiosk-handover-title" className="kern-heading-small">
        {t('handover.title')}
      </h2>
      {error && <ErrorAlert error={error} />}
      {visible ? (
        <div className="stack" data-testid="kiosk-handover-code">
          <QrCode text={visible.url} label={t('handover.qrLabel')} testId="kiosk-handover-qr" />
          <p className="kern-body">{t('handover.scan')}</p>
          <p className="kern-body kern-body--small kiosk-handover-url">
            <Ltr testId="kiosk-handover-url">{visible.url}</Ltr>
          </p>
        </div>
      ) : (
        <button type="button" className="kern-btn kern-btn--secondary kiosk-big-button" onClick={() => void show()} disabled={busy}>
          <span className="kern-label">{t('handover.show')}</span>
        </button>
      )}
    </section>
  );
}
