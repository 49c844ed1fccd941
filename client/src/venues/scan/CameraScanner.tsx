import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The back camera, decoding QR codes until stopped; each new code is handed to `onCode`. */
export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation('venues');
  const video = useRef<HTMLVideoElement>(null);
  const [running, setRunning] = useState(false);
  const [failed, setFailed] = useState(false);
  const last = useRef<{ code: string; at: number }>(undefined);
  const handler = useRef(onCode);
  handler.current = onCode;

  useEffect(() => {
    if (!running || !video.current) return;
    let controls: IScannerControls | undefined;
    let stopped = false;
    new BrowserQRCodeReader()
      .decodeFromConstraints({ video: { facingMode: 'environment' } }, video.current, (result) => {
        if (!result) return;
        const code = result.getText();
        // The camera sees the same QR many times a second; hand it on once.
        if (last.current?.code === code && Date.now() - last.current.at < 5000) return;
        last.current = { code, at: Date.now() };
        handler.current(code);
      })
      .then((started) => (stopped ? started.stop() : (controls = started)))
      .catch(() => {
        setFailed(true);
        setRunning(false);
      });
    return () => {
      stopped = true;
      controls?.stop();
    };
  }, [running]);

  return (
    <div className="stack camera-scanner">
      {running && <video ref={video} className="camera-scanner__video" muted playsInline />}
      {failed && <p className="kern-body">{t('scan.cameraUnavailable')}</p>}
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        onClick={() => {
          setFailed(false);
          setRunning(!running);
        }}
        data-testid="toggle-camera"
      >
        <span className="kern-label">{running ? t('scan.stopCamera') : t('scan.startCamera')}</span>
      </button>
    </div>
  );
}
