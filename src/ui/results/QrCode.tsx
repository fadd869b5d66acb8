/** Draws a QR code as SVG with a quiet zone around it (scanners need the white border). */
import { qrPath, type ShareQr } from './share-qr';

const QUIET = 4;

export function QrCode({ qr, label }: { qr: ShareQr; label: string }) {
  const size = qr.modules.length + QUIET * 2;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET} ${-QUIET} ${size} ${size}`}
      shapeRendering="crispEdges"
      data-modules={qr.modules.length}
    >
      <rect x={-QUIET} y={-QUIET} width={size} height={size} fill="#ffffff" />
      <path d={qrPath(qr.modules)} fill="#000000" />
    </svg>
  );
}
