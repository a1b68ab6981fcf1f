/** Buyer regions the developer panel offers; the picker lists that region's wallets first. */
export const regionChoices: ReadonlyArray<{ code: string; label: string }> = [
  { code: 'CN', label: 'Chinese mainland' },
  { code: 'HK', label: 'Hong Kong SAR' },
  { code: 'KR', label: 'South Korea' },
  { code: 'PH', label: 'Philippines' },
  { code: 'ID', label: 'Indonesia' },
  { code: 'MY', label: 'Malaysia' },
  { code: 'TH', label: 'Thailand' },
  { code: 'US', label: 'United States' },
];
