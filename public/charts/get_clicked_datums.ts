import type { ElementClickListener } from '@elastic/charts';

type ClickedElements = Parameters<ElementClickListener>[0];

/**
 * The original data of the clicked XY geometries that pass the guard (elastic-charts hands back the datum
 * each point or bar was drawn from, so the view model's row index survives the round trip). Other chart
 * types' events are ignored. O(elements).
 */
export function getClickedDatums<T>(elements: ClickedElements, isDatum: (value: unknown) => value is T): T[] {
  const result: T[] = [];
  for (const element of elements) {
    if (!Array.isArray(element) || element.length !== 2) continue;
    const [geometry] = element;
    if (typeof geometry !== 'object' || geometry === null || !('datum' in geometry)) continue;
    const { datum } = geometry as { datum: unknown };
    if (isDatum(datum)) result.push(datum);
  }
  return result;
}
