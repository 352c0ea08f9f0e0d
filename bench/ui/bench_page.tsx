/*
 * The UI bench page: the app's OtrScatter (as the conversations view mounts it, EuiProvider and the charts'
 * light theme) driven from run.ts through window.__benchUi. Each timing starts with the columns already in
 * the page and ends when Elastic Charts marks the chart rendered (`data-ech-render-complete="true"` on its
 * status element, seen by a MutationObserver), so it covers the scatter model, React, EUI and the canvas.
 */
import '@elastic/charts/dist/theme_only_light.css';
import React from 'react';
import ReactDOM from 'react-dom';
import { EuiProvider } from '@elastic/eui';
import type { ConversationColumns } from '../../common/api/conversations';
import { OtrScatter } from '../../public/application/components/conversations/otr_scatter';
import type { ConversationSelection } from '../../public/application/components/conversations/conversation_selection';

export interface BenchRender {
  readonly ms: number;
  readonly mode: string;
  readonly marks: number;
  readonly merged: number;
}

export interface BenchUi {
  /** Fetches /data/<name>.json into the page (not timed); returns its conversation count. */
  load(name: string): Promise<number>;
  /** Unmounts any chart, then times mounting the scatter over `name` to render complete. */
  render(name: string, maxPoints?: number): Promise<BenchRender>;
  /** Times a click on the control to the next completed render (for changes that replace the chart's specs). */
  rerenderAfterClick(selector: string): Promise<number>;
  /**
   * Times a click to the second animation frame after it: for a legend toggle, which redraws the canvas in the
   * click's own task without touching the render-complete signal (it does not reset `chartRendered`).
   */
  framesAfterClick(selector: string): Promise<number>;
  readonly selections: ConversationSelection[];
}

declare global {
  interface Window {
    __benchUi: BenchUi;
  }
}

const datasets = new Map<string, ConversationColumns>();
const selections: ConversationSelection[] = [];
const root = document.getElementById('root') as HTMLElement;

function chartStatus(): Element | null {
  return root.querySelector('.echChartStatus');
}

/** Resolves (with performance.now()) once the chart status says complete after `minCount` renders. */
function whenRendered(minCount: number): Promise<number> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const status = chartStatus();
      const done = status?.getAttribute('data-ech-render-complete') === 'true' && Number(status.getAttribute('data-ech-render-count')) >= minCount;
      if (done) resolve(performance.now());
      return done;
    };
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ech-render-complete', 'data-ech-render-count'] });
  });
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

window.__benchUi = {
  selections,
  async load(name) {
    const response = await fetch(`/data/${name}.json`);
    if (!response.ok) throw new Error(`/data/${name}.json: HTTP ${response.status}`);
    const columns = (await response.json()) as ConversationColumns;
    datasets.set(name, columns);
    return columns.otr_seconds.length;
  },
  async render(name, maxPoints) {
    const columns = datasets.get(name);
    if (columns === undefined) throw new Error(`render: dataset "${name}" is not loaded`);
    ReactDOM.unmountComponentAtNode(root);
    await nextFrame();
    const started = performance.now();
    ReactDOM.render(
      <EuiProvider colorMode="light">
        <div style={{ width: 1200, padding: 16 }}>
          <OtrScatter columns={columns} maxPoints={maxPoints} signatureColors={new Map()} onSelect={(selection) => selections.push(selection)} />
        </div>
      </EuiProvider>,
      root,
    );
    const ended = await whenRendered(1);
    const mode = root.querySelector('[data-test-subj="huntEdaScatterMode"]');
    return {
      ms: ended - started,
      mode: mode?.getAttribute('data-scatter-mode') ?? 'unknown',
      marks: Number(mode?.getAttribute('data-scatter-marks')),
      merged: Number(mode?.getAttribute('data-scatter-merged')),
    };
  },
  async rerenderAfterClick(selector) {
    const target = root.querySelector<HTMLElement>(selector);
    if (target === null) throw new Error(`rerenderAfterClick: nothing matches ${selector}`);
    const count = Number(chartStatus()?.getAttribute('data-ech-render-count'));
    const started = performance.now();
    target.click();
    return (await whenRendered(count + 1)) - started;
  },
  async framesAfterClick(selector) {
    const target = root.querySelector<HTMLElement>(selector);
    if (target === null) throw new Error(`framesAfterClick: nothing matches ${selector}`);
    const started = performance.now();
    target.click();
    await nextFrame();
    await nextFrame();
    return performance.now() - started;
  },
};
