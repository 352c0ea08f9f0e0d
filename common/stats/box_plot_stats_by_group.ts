import { boxPlotStats } from './box_plot_stats';
import type { BoxPlotPoint, BoxPlotStats } from './box_plot_stats';

/** A point tagged with the group (category, signature, direction…) whose box it belongs to. */
export interface GroupedBoxPlotPoint extends BoxPlotPoint {
  readonly group: string;
}

export interface GroupBoxPlotStats {
  readonly group: string;
  readonly stats: BoxPlotStats;
}

/**
 * boxPlotStats for each group of `points`, one box per distinct `group`, ordered by group name (UTF-16
 * code-unit order, locale-independent). Groups are never empty. Same method, errors and k as boxPlotStats;
 * the input is never mutated. Cost: O(n log n).
 *
 * @example boxPlotStatsByGroup([{ group: 'GET', id: 'a', value: 1 }, { group: 'POST', id: 'b', value: 9 }]).map((g) => g.group) // ['GET', 'POST']
 */
export function boxPlotStatsByGroup(
  points: readonly GroupedBoxPlotPoint[],
  options: { readonly k?: number } = {},
): GroupBoxPlotStats[] {
  const groups = new Map<string, BoxPlotPoint[]>();
  for (const point of points) {
    if (typeof point.group !== 'string') {
      throw new TypeError(`boxPlotStatsByGroup requires a string group; point ${JSON.stringify(point.id)} has ${String(point.group)}`);
    }
    let members = groups.get(point.group);
    if (members === undefined) {
      members = [];
      groups.set(point.group, members);
    }
    members.push({ id: point.id, value: point.value });
  }
  return [...groups.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((group) => ({ group, stats: boxPlotStats(groups.get(group) ?? [], options) }));
}
