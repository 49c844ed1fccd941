import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code as an image, high contrast, sized by its container. */
export function QrCode({ text, label, testId }: { text: string; label: string; testId?: string }) {
  const [source, setSource] = useState<string>();
  useEffect(() => {
    let current = true;
    void QRCode.toDataURL(text, { errorCorrectionLevel: 'L', margin: 4, scale: 10, color: { dark: '#000000', light: '#ffffff' } }).then(
      (url) => {
        if (current) setSource(url);
      },
    );
    return () => {
      current = false;
    };
  }, [text]);
  return source ? <img className="qr-code" src={source} alt={label} data-testid={testId} /> : null;
}
