import { configure } from '@testing-library/react';

// EUI and Kibana's functional tests select by data-test-subj; let getByTestId read the same attribute.
configure({ testIdAttribute: 'data-test-subj' });

// jsdom has no canvas; EUI measures text widths on one (combo boxes, the date picker). A 2D context that
// measures every character as 7 px is enough for layout code that only needs a number back.
if (typeof HTMLCanvasElement !== 'undefined') {
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
    configurable: true,
    value: () => ({ font: '', measureText: (text: string) => ({ width: text.length * 7 }) }),
  });
}
