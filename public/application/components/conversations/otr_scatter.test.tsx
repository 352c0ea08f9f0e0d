import '../../test_support/configure_testing_library';
import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import type { ConversationColumns } from '../../../../common/api/conversations';
import { OtrScatter } from './otr_scatter';

// jsdom has no ResizeObserver; Elastic Charts constructs one on mount. Nothing here needs a resize.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** n conversations of two signatures spread over OTR 1 s – 12 d and 2 – 3,000 observations. */
function spreadConversations(n: number): ConversationColumns {
  const rows = Array.from({ length: n }, (_, i) => i);
  const otr = rows.map((i) => Math.round(Math.exp(((i * 37) % 1000) / 72)));
  return {
    signature_id: rows.map((i) => (i % 2 === 0 ? '1' : '2')),
    signature_name: rows.map((i) => (i % 2 === 0 ? 'ET A' : 'ET B')),
    source_ip: rows.map((i) => `10.0.${i >> 8}.${i & 255}`),
    destination_ip: rows.map(() => '10.1.0.1'),
    first_seen: rows.map(() => 0),
    last_seen: otr.map((s) => s * 1000),
    otr_seconds: otr,
    observations: rows.map((i) => 2 + ((i * 53) % 3000)),
    direction: rows.map(() => 'internal_to_internal' as const),
  };
}

function renderScatter(columns: ConversationColumns, maxPoints?: number) {
  render(
    <EuiProvider>
      <OtrScatter columns={columns} onSelect={jest.fn()} signatureColors={new Map()} maxPoints={maxPoints} />
    </EuiProvider>,
  );
  return screen.getByTestId('huntEdaScatterMode');
}

describe('OtrScatter', () => {
  it('says every conversation is drawn below the limit', () => {
    const mode = renderScatter(spreadConversations(400), 1000);
    expect(mode.getAttribute('data-scatter-mode')).toBe('all');
    expect(mode.textContent).toBe('All 400 conversations drawn, one point each.');
  });

  it('says it decimated above the limit, with the marks drawn and the conversations merged', () => {
    const mode = renderScatter(spreadConversations(20_000), 2000);
    expect(mode.getAttribute('data-scatter-mode')).toBe('decimated');
    const marks = Number(mode.getAttribute('data-scatter-marks'));
    const merged = Number(mode.getAttribute('data-scatter-merged'));
    expect(marks).toBeLessThanOrEqual(2000);
    expect(marks + merged).toBe(20_000);
    expect(mode.textContent).toContain(`20,000 conversations drawn as ${marks.toLocaleString('en-US')} marks; ${merged.toLocaleString('en-US')} merged`);
  });

  it('jitters on request and says so, keeping the same decimation', () => {
    const mode = renderScatter(spreadConversations(20_000), 2000);
    const before = mode.textContent;
    fireEvent.click(screen.getByRole('switch', { name: 'Jitter' }));
    expect(screen.getByTestId('huntEdaOtrScatter').textContent).toContain('Points jittered by up to ±8% on each axis.');
    expect(screen.getByTestId('huntEdaScatterMode').textContent).toBe(before);
  });
});
