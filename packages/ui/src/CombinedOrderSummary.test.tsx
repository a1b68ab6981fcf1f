import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CombinedOrderSummary } from './CombinedOrderSummary.js';
import { ko } from './locales/ko.js';
import { expectNoAxeViolations } from './test-utils/axe.js';
import { order, threeOrders } from './test-utils/fixtures.js';
import { renderWithProvider } from './test-utils/renderWithProvider.js';

describe('CombinedOrderSummary', () => {
  it('groups the orders by merchant, in reading order, with goods, amounts, subtotal and total', async () => {
    const { container } = renderWithProvider(<CombinedOrderSummary orders={threeOrders} />, { locale: 'en-US' });
    const section = screen.getByRole('region', { name: 'Your orders' });
    const merchants = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(merchants).toEqual(['Seoul Sneakers', 'Busan Books']);
    const seoul = screen.getByRole('list', { name: 'Orders from Seoul Sneakers' });
    const lines = within(seoul).getAllByRole('listitem');
    expect(lines[0]).toHaveTextContent('Running shoes$15.00');
    expect(lines[0]).toHaveTextContent('1 × Trail runner');
    expect(within(seoul).getByText('Socks').closest('li')).toHaveTextContent('$4.99');
    expect(screen.getByText('Subtotal for Seoul Sneakers').parentElement).toHaveTextContent('$19.99');
    expect(screen.queryByText('Subtotal for Busan Books')).not.toBeInTheDocument();
    expect(screen.getByText('Total').parentElement).toHaveTextContent('$39.99');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(section).toHaveAttribute('data-state', 'consistent');
    await expectNoAxeViolations(container);
  });

  it('formats amounts for the locale and translates with a loaded catalogue', () => {
    renderWithProvider(
      <CombinedOrderSummary
        orders={[
          order('K-1', 'M1', '서울 상회', '15000', {}, 'KRW'),
          order('K-2', 'M2', '부산 서점', '2500', {}, 'KRW'),
        ]}
      />,
      { locale: 'ko-KR', messages: { catalogues: [ko] } },
    );
    expect(screen.getByRole('heading', { level: 2, name: '주문 내역' })).toBeInTheDocument();
    expect(screen.getByText('합계').parentElement).toHaveTextContent('₩17,500');
  });

  it('shows a visible, polite warning when the orders are inconsistent', async () => {
    const mixed = [
      order('A-1', 'SELLER_A', 'Seller A', '1000'),
      order('B-1', 'SELLER_B', 'Seller B', '500', {}, 'EUR'),
    ];
    const { container } = renderWithProvider(<CombinedOrderSummary orders={mixed} />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('The order amounts do not add up. Please refresh the page before you pay.');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'inconsistent');
    await expectNoAxeViolations(container);
  });

  it('warns when the total the server charges differs from the orders', () => {
    renderWithProvider(
      <CombinedOrderSummary orders={threeOrders} paymentAmount={{ currency: 'USD', value: '4000' }} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('do not add up');
  });

  it('says the basket is empty', () => {
    renderWithProvider(<CombinedOrderSummary orders={[]} />);
    expect(screen.getByText('Your basket is empty.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('applies a merchant’s wording over the catalogue', () => {
    renderWithProvider(<CombinedOrderSummary orders={threeOrders} messages={{ summary: { total: 'To pay' } }} />);
    expect(screen.getByText('To pay')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your orders' })).toBeInTheDocument();
  });
});
