import { countCsvFields } from './count_csv_fields';

describe('countCsvFields', () => {
  it('counts plain and quoted fields, with delimiters and escaped quotes inside quotes', () => {
    expect(countCsvFields('a,b,c', ',')).toBe(3);
    expect(countCsvFields('"a,b","say ""hi""",', ',')).toBe(3);
    expect(countCsvFields('a\tb', '\t')).toBe(2);
  });

  it('returns null for an unterminated quote', () => {
    expect(countCsvFields('"a,b', ',')).toBeNull();
  });
});
