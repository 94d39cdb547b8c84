import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A QR code as an SVG image (a data: URL, which the Content Security Policy allows for images).
 * Made in the browser: the set-up secret inside it never leaves the page.
 */
export function QrCode({ text, label }: { text: string; label: string }): React.JSX.Element | null {
  const [source, setSource] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    let current = true;
    void QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((svg) => {
      if (current) setSource({ text, url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
    });
    return () => {
      current = false;
    };
  }, [text]);
  if (!source || source.text !== text) return null;
  return <img className="qr-code" src={source.url} alt={label} width={200} height={200} />;
}
