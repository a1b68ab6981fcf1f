import { version } from 'react';
import { describe, expect, it } from 'vitest';

// The 'ui-react18' project must really run on React 18 (its config sets BATCHPAY_REACT18_DIR), 'ui' on React 19.
describe('React under test', () => {
  it('is the version the project says', () => {
    expect(version.split('.')[0]).toBe(process.env.BATCHPAY_REACT18_DIR ? '18' : '19');
  });
});
