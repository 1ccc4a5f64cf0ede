import { toString as qrToSvg } from 'qrcode';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The follow-the-queue QR as an SVG data URL (the CSP allows img-src data:; no inline markup). */
export function followQrDataUrl(url: string): string | null {
  let svg: string | null = null;
  // With a callback the browser build renders synchronously.
  qrToSvg(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }, (error, out) => {
    svg = error ? null : out;
  });
  return svg === null ? null : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The same QR code as on the printed ticket, large enough to scan or photograph from the screen. */
export function FollowQrCode({ url }: { url: string }) {
  const { t } = useTranslation();
  const src = useMemo(() => followQrDataUrl(url), [url]);
  if (!src) return null;
  return (
    <figure className="follow-qr">
      <img src={src} alt={t('ticket.qrAlt')} width={240} height={240} data-follow-url={url} />
      <figcaption>{t('ticket.qrCaption')}</figcaption>
    </figure>
  );
}
