/** The document title of each page, set by the page (in the browser) and written into its prerendered HTML. */
export const pageTitles = {
  basket: 'Basket – Northwind Market',
  checkout: 'Checkout – Northwind Market',
  result: 'Payment result – Northwind Market',
} as const;
