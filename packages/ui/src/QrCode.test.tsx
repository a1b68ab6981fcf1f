import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QrCode } from './qr.js';
import { decodeQrSvg } from './test-utils/decodeQrSvg.js';

describe('QrCode', () => {
  it.each([
    'https://kakaopay.example/app/pay?token=abc123&amount=3999&currency=USD',
    'https://cashier.example/pay?token=desktop',
    `https://open-sea-global.alipay.com/api/open/cashier?token=${'x'.repeat(300)}`,
  ])('renders a code that a QR reader decodes back to %s', (url) => {
    render(<QrCode value={url} label="Scan to pay" />);
    expect(decodeQrSvg(screen.getByRole('img', { name: 'Scan to pay' }))).toBe(url);
  });

  it('changes when the text changes', () => {
    const { rerender } = render(<QrCode value="https://a.example" label="qr" />);
    const first = screen.getByRole('img').querySelector('path')?.getAttribute('d');
    rerender(<QrCode value="https://b.example" label="qr" />);
    expect(screen.getByRole('img').querySelector('path')?.getAttribute('d')).not.toBe(first);
  });
});
