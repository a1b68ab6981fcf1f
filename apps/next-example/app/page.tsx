import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Northwind on Next.js</h1>
      <p>
        <Link href="/checkout">Go to checkout</Link>
      </p>
    </>
  );
}
