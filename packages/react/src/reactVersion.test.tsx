import { render, screen } from '@testing-library/react';
import { useId, version } from 'react';
import { version as domVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';

// The 'react18' project runs every test of this package on React 18.3; this proves it really does.
const expectedMajor = process.env.BATCHPAY_REACT18_DIR ? '18' : '19';

function Probe() {
  return <p>{useId() ? 'one react' : 'none'}</p>;
}

describe('React under test', () => {
  it(`is React ${expectedMajor}, with react-dom and Testing Library on the same copy`, () => {
    expect(version.split('.')[0]).toBe(expectedMajor);
    expect(domVersion).toBe(version);
    render(<Probe />);
    expect(screen.getByText('one react')).toBeInTheDocument();
  });
});
