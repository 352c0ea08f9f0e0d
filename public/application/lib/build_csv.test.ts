import { buildCsv, type CsvColumn } from './build_csv';

interface Row {
  name: string;
  count: number | null;
}
const columns: CsvColumn<Row>[] = [
  { header: 'name', value: (row) => row.name },
  { header: 'count', value: (row) => row.count },
];

describe('buildCsv', () => {
  it('writes a header and one CRLF-terminated line per row', () => {
    expect(buildCsv([{ name: 'a', count: 1 }], columns)).toBe('name,count\r\na,1\r\n');
  });

  it('quotes commas, doubles quotes and keeps newlines inside quotes', () => {
    const csv = buildCsv([{ name: 'ET "POLICY", x\ny', count: 2 }], columns);
    expect(csv).toBe('name,count\r\n"ET ""POLICY"", x\ny",2\r\n');
  });

  it('writes null and non-finite numbers as empty cells', () => {
    expect(buildCsv([{ name: 'a', count: null }, { name: 'b', count: Number.NaN }], columns)).toBe('name,count\r\na,\r\nb,\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula, but not negative numbers', () => {
    const csv = buildCsv([{ name: '=HYPERLINK("x")', count: -3 }], columns);
    expect(csv).toBe('name,count\r\n"\'=HYPERLINK(""x"")",-3\r\n');
  });

  it('quotes leading and trailing spaces so they survive a round trip', () => {
    expect(buildCsv([{ name: ' a ', count: 0 }], columns)).toBe('name,count\r\n" a ",0\r\n');
  });
});
