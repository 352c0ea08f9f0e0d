/**
 * One colour per signature id, the same in every chart that shows signatures (column chart, box plots,
 * scatter), chosen so that signatures next to each other in id order (siblings such as 2024216, 2024217,
 * 2024218, which sit next to each other in a sorted legend) get clearly different colours.
 *
 * Method: the palette is put in a stepping order first: its darker half, then its lighter half (EUI's
 * colour-blind palette pairs each strong colour with a light tint of the same hue, so tints come after every
 * strong colour), each half ordered greedily so every colour is the one farthest in hue from the one before
 * it (ties by palette position). Ids are sorted (numerically when both are digits, else as strings) and take
 * the stepped colours in turn, wrapping past the palette's end. Duplicates and input order do not matter.
 * Cost: O(p² + n log n) for a palette of p colours and n ids.
 *
 * Example: with EUI 122's euiPaletteColorBlind(), the outbreak's 2001569, 2024216, 2024217, 2024218 and
 * 2830018 get #16C5C0 (teal), #F6726A (coral), #61A2FF (blue), #EAAE01 (yellow) and #EE72A6 (pink).
 */
export function computeSignatureColors(signatureIds: readonly string[], palette: readonly string[]): Map<string, string> {
  if (palette.length === 0) throw new RangeError('computeSignatureColors requires a palette of at least one colour');
  const stepped = orderPaletteForNeighbours(palette);
  const ids = [...new Set(signatureIds)].sort(compareSignatureIds);
  return new Map(ids.map((id, i) => [id, stepped[i % stepped.length]]));
}

const DIGITS = /^\d+$/;

function compareSignatureIds(a: string, b: string): number {
  if (DIGITS.test(a) && DIGITS.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return a < b ? -1 : a > b ? 1 : 0;
}

interface PaletteColor {
  readonly color: string;
  readonly position: number;
  readonly hue: number;
  readonly lightness: number;
}

function orderPaletteForNeighbours(palette: readonly string[]): string[] {
  const colors: PaletteColor[] = palette.map((color, position) => ({ color, position, ...toHueLightness(color) }));
  const byLightness = [...colors].sort((a, b) => a.lightness - b.lightness || a.position - b.position);
  const darker = byLightness.slice(0, Math.ceil(colors.length / 2)).sort((a, b) => a.position - b.position);
  const lighter = byLightness.slice(Math.ceil(colors.length / 2)).sort((a, b) => a.position - b.position);
  const ordered: PaletteColor[] = [];
  for (const tier of [darker, lighter]) {
    const left = [...tier];
    while (left.length > 0) {
      const previous = ordered.at(-1);
      let pick = 0;
      if (previous !== undefined) {
        for (let k = 1; k < left.length; k += 1) {
          if (hueDistance(left[k].hue, previous.hue) > hueDistance(left[pick].hue, previous.hue)) pick = k;
        }
      }
      ordered.push(...left.splice(pick, 1));
    }
  }
  return ordered.map((entry) => entry.color);
}

function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/** HSL hue (degrees) and lightness (0–1) of a #rrggbb colour; anything else counts as grey at mid lightness. */
function toHueLightness(color: string): { hue: number; lightness: number } {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return { hue: 0, lightness: 0.5 };
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  if (max === min) return { hue: 0, lightness };
  const d = max - min;
  const sector = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { hue: sector * 60, lightness };
}
