import { formatSignatureLegendLabel } from './format_signature_legend_label';

describe('formatSignatureLegendLabel', () => {
  it('keeps two signatures whose names share a long prefix apart', () => {
    const a = formatSignatureLegendLabel('2024217', 'ET POLICY Possible External IP Lookup Domain Observed in SNI (ipinfo .io)');
    const b = formatSignatureLegendLabel('2024218', 'ET POLICY Possible External IP Lookup Domain Observed in SNI (ip-api .com)');
    expect(a).toBe('2024217 ET POLICY Possible External IP…');
    expect(b).toBe('2024218 ET POLICY Possible External IP…');
    expect(a).not.toBe(b);
  });

  it('leaves a short name whole and shortens a long one to the limit, ellipsis included', () => {
    expect(formatSignatureLegendLabel('1', 'ET SCAN')).toBe('1 ET SCAN');
    expect(formatSignatureLegendLabel('1', 'abcdefghij', 5)).toBe('1 abcd…');
    expect(formatSignatureLegendLabel('1', 'abcde', 5)).toBe('1 abcde');
  });

  it('shows the id alone when the name is empty or is the id, and the name alone without an id', () => {
    expect(formatSignatureLegendLabel('2024217', '  ')).toBe('2024217');
    expect(formatSignatureLegendLabel('2024217', '2024217')).toBe('2024217');
    expect(formatSignatureLegendLabel('', 'ET SCAN')).toBe('ET SCAN');
  });
});
