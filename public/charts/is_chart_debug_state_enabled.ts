declare global {
  interface Window {
    /** Set by browser tests before the page loads (Kibana's functional tests use the same flag). */
    _echDebugStateFlag?: boolean;
  }
}

/**
 * Whether charts should publish what they drew (series, points, axes, annotations) as JSON in the
 * `data-ech-debug-state` attribute of their `.echChartStatus` element: Settings' `debugState` prop, on only
 * when a test asks, since the JSON is rebuilt on every render.
 */
export function isChartDebugStateEnabled(): boolean {
  return typeof window !== 'undefined' && window._echDebugStateFlag === true;
}
