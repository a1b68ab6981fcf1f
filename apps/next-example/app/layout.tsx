import '@batchpay/ui/styles.css';
import type { ReactNode } from 'react';

export const metadata = { title: 'BatchPay on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '60rem', margin: '0 auto', padding: '1rem' }}>
        <main>{children}</main>
      </body>
    </html>
  );
}
