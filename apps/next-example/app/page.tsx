// A server component using @batchpay/core directly: the contract's pure functions carry no 'use client'.
import { formatAmount } from '@batchpay/core';
import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Northwind on Next.js</h1>
      <p>Your basket: {formatAmount({ currency: 'USD', value: '6199' }, 'en-US')} from two sellers.</p>
      <p>
        <Link href="/checkout">Go to checkout</Link>
      </p>
    </>
  );
}
