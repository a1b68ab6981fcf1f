import { render, screen } from '@testing-library/react';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QrCode } from './QrCode';

/** Rasterises the rendered SVG path (rectangles of one module height) with its quiet zone, 4 px per module. */
function rasterise(svg: SVGElement): { data: Uint8ClampedArray; width: number } {
  const size = Number(svg.getAttribute('data-qr-size'));
  const quiet = 4;
  const scale = 4;
  const width = (size + quiet * 2) * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  for (const match of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, run] = [Number(match[1]), Number(match[2]), Number(match[3])];
    for (let py = (y + quiet) * scale; py < (y + quiet + 1) * scale; py += 1) {
      for (let px = (x + quiet) * scale; px < (x + quiet + run) * scale; px += 1) {
        const i = (py * width + px) * 4;
        data[i] = 0;
        data[i + 1] = 0;
        data[i + 2] = 0;
      }
    }
  }
  return { data, width };
}

describe('QrCode', () => {
  it.each([
    'https://kakaopay.example/app/pay?token=abc123&amount=3999&currency=USD',
    'https://cashier.example/pay?token=desktop',
    `https://open-sea-global.alipay.com/api/open/cashier?token=${'x'.repeat(300)}`,
  ])('renders a code that a QR reader decodes back to %s', (url) => {
    render(<QrCode value={url} label="Scan to pay" />);
    const svg = screen.getByRole('img', { name: 'Scan to pay' }) as unknown as SVGElement;
    const { data, width } = rasterise(svg);
    expect(jsQR(data, width, width)?.data).toBe(url);
  });

  it('changes when the text changes', () => {
    const { rerender } = render(<QrCode value="https://a.example" label="qr" />);
    const first = screen.getByRole('img').querySelector('path')?.getAttribute('d');
    rerender(<QrCode value="https://b.example" label="qr" />);
    expect(screen.getByRole('img').querySelector('path')?.getAttribute('d')).not.toBe(first);
  });
});
