import { correction, generate } from 'lean-qr/nano';
import { type ReactNode, useMemo } from 'react';

export interface QrCodeProps {
  /** The text to encode (a URL). */
  value: string;
  /** Accessible name of the image. */
  label: string;
  className?: string | undefined;
}

/** The dark modules of a QR code as one SVG path: a rectangle per horizontal run, one unit per module. */
export function qrPath(code: { size: number; get: (x: number, y: number) => boolean }): string {
  let d = '';
  for (let y = 0; y < code.size; y += 1) {
    let x = 0;
    while (x < code.size) {
      if (!code.get(x, y)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < code.size && code.get(x, y)) x += 1;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return d;
}

/**
 * A QR code as inline SVG (lean-qr's nano build, error correction M, 4-module quiet zone). Pure markup: it renders
 * the same on the server and in the browser.
 */
export function QrCode({ value, label, className }: QrCodeProps): ReactNode {
  const qr = useMemo(() => {
    const code = generate(value, { minCorrectionLevel: correction.M });
    return { size: code.size, path: qrPath(code) };
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
