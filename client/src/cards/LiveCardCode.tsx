import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceCard } from './deviceCardStore';
import { QrCode } from './QrCode';
import { useLiveCode } from './useLiveCode';

/** The QR to show at the till: renewed every 30 s, full screen and high contrast on request. */
export function LiveCardCode({ card }: { card: DeviceCard }) {
  const { t } = useTranslation('cards');
  const { code, secondsLeft } = useLiveCode(card);
  const panel = useRef<HTMLDivElement>(null);
  const [fullScreen, setFullScreen] = useState(false);

  const toggleFullScreen = async () => {
    if (document.fullscreenElement) {
      await document.exitFullscreen();
      setFullScreen(false);
    } else {
      await panel.current?.requestFullscreen?.().catch(() => undefined);
      setFullScreen(true);
    }
  };

  return (
    <div ref={panel} className={`live-card-code ${fullScreen ? 'live-card-code--full' : ''}`} data-testid="live-card-code">
      <p className="kern-body live-card-code__name">{card.card.holderName}</p>
      {code && <QrCode text={code} label={t('ui.live.qrLabel')} testId="card-qr" />}
      <p className="kern-body" aria-live="polite">
        {t('ui.live.renews', { count: secondsLeft })}
      </p>
      <p className="kern-body kern-body--small">{t('ui.live.hint')}</p>
      <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void toggleFullScreen()} data-testid="full-screen">
        <span className="kern-label">{fullScreen ? t('ui.live.exitFullScreen') : t('ui.live.fullScreen')}</span>
      </button>
    </div>
  );
}
