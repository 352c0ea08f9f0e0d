import { euiPaletteColorBlind } from '@elastic/eui';
import { computeSignatureColors } from './compute_signature_colors';

/** HSL hue in degrees of a #rrggbb colour, computed here independently of the module under test. */
function hueOf(color: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  return (Math.atan2(Math.sqrt(3) * (g - b), 2 * r - g - b) * 180) / Math.PI;
}
const hueGap = (a: string, b: string): number => {
  const d = Math.abs(hueOf(a) - hueOf(b)) % 360;
  return d > 180 ? 360 - d : d;
};
const siblings = (first: number, n: number): string[] => Array.from({ length: n }, (_, i) => String(first + i));

describe('computeSignatureColors', () => {
  const palette = euiPaletteColorBlind();

  it('gives sibling signatures on EUI\'s colour-blind palette colours at least 60° apart in hue', () => {
    const ids = siblings(2024216, palette.length);
    const colors = computeSignatureColors(ids, palette);
    const gaps = ids.slice(1).map((id, i) => hueGap(colors.get(ids[i]) ?? '', colors.get(id) ?? ''));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(60);
    expect(new Set(colors.values()).size).toBe(palette.length);
  });

  it('uses the darker half of the palette before its light tints', () => {
    const colors = computeSignatureColors(['2001569', '2024216', '2024217', '2024218', '2830018'], palette);
    const lightness = (color: string) => Math.max(...[1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))) + Math.min(...[1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)));
    const sorted = [...palette].sort((a, b) => lightness(a) - lightness(b));
    expect(new Set(colors.values())).toEqual(new Set(sorted.slice(0, 5)));
  });

  it('never places a colour next to its own tint on a palette of strong/tint pairs', () => {
    // Four hues, each a strong colour followed by its tint, as EUI 122 lays its palette out.
    const pairs = ['#CC0000', '#FFAAAA', '#00CC00', '#AAFFAA', '#0000CC', '#AAAAFF', '#CCCC00', '#FFFFAA'];
    const ids = siblings(1, pairs.length);
    const colors = [...computeSignatureColors(ids, pairs).values()];
    expect(colors.slice(0, 4).sort()).toEqual(['#0000CC', '#00CC00', '#CC0000', '#CCCC00']);
    for (let i = 1; i < colors.length; i += 1) expect(hueGap(colors[i - 1], colors[i])).toBeGreaterThan(30);
  });

  it('depends on the set of ids only, not on their order or repeats', () => {
    const ids = ['2024218', '2001569', '2024216', '2830018', '2024217'];
    const expected = computeSignatureColors(ids, palette);
    expect(computeSignatureColors(Object.freeze([...ids].reverse().concat(ids)), palette)).toEqual(expected);
  });

  it('orders numeric ids by value and others as strings', () => {
    const three = ['#FF0000', '#00FF00', '#0000FF'];
    expect([...computeSignatureColors(['1000', '999', 'zeek-weird'], three).keys()]).toEqual(['999', '1000', 'zeek-weird']);
  });

  it('wraps past the end of the palette', () => {
    const ids = siblings(1, palette.length + 1);
    const colors = computeSignatureColors(ids, palette);
    expect(colors.get(ids[palette.length])).toBe(colors.get(ids[0]));
  });

  it('requires a palette', () => {
    expect(() => computeSignatureColors(['1'], [])).toThrow('computeSignatureColors requires a palette of at least one colour');
  });
});
