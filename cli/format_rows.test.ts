import { formatCsv, formatTable } from './format_rows';

describe('formatCsv', () => {
  it('quotes only fields that need it and prints null as empty', () => {
    expect(formatCsv(['a', 'b', 'c'], [['ET "x", y', 1.5, null], ['plain', 0, true]])).toBe('a,b,c\n"ET ""x"", y",1.5,\nplain,0,true\n');
  });
});

describe('formatTable', () => {
  it('pads text left and numbers right, and clips long cells', () => {
    const table = formatTable(['name', 'n'], [['alpha', 5], ['b', 123]]);
    expect(table).toBe('name     n\n-----  ---\nalpha    5\nb      123\n');
    expect(formatTable(['x'], [['abcdefgh']], 5)).toBe('x\n-----\nabcd…\n');
  });
});
