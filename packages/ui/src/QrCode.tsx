import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { type ReactNode, useMemo } from 'react';

export interface QrCodeProps {
  /** The text to encode (a URL). */
  value: string;
  /** Accessible name of the image. */
  label: string;
  className?: string;
}

/** A QR code as inline SVG (one path, 4-module quiet zone); renders the same on the server and in the browser. */
export function QrCode({ value, label, className }: QrCodeProps): ReactNode {
  const qr = useMemo(() => {
    const code = generate(value, { minCorrectionLevel: correction.M });
    return { size: code.size, path: toSvgPath(code) };
  }, [value]);
  const quiet = 4;
  const full = qr.size + quiet * 2;
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${full} ${full}`}
      shapeRendering="crispEdges"
      data-qr-size={qr.size}
    >
      <rect x={-quiet} y={-quiet} width={full} height={full} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
