/** Width, in characters, of the y-axis tick labels of charts that must line up horizontally. */
export const ALIGNED_TICK_WIDTH = 8;

/**
 * Pads a tick label to a fixed number of characters. Two charts stacked on one category axis (conversations
 * per signature over the OTR box plots) only line up when their y axes take the same width; elastic-charts
 * sizes an axis from its widest label, so both axes use a monospace tick font and labels of this width.
 */
export function formatAlignedTick(label: string, width = ALIGNED_TICK_WIDTH): string {
  return label.length >= width ? label : label.padStart(width, ' ');
}
