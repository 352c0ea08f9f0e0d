import { BadFileError } from '../source_errors';
import { parseZeekHeader } from './parse_zeek_header';

const numbered = (text: string) => text.split('\n').map((line, index) => ({ text: line, line: index + 1 }));

const HEADER = [
  '#separator \\x09',
  '#set_separator\t,',
  '#empty_field\t(empty)',
  '#unset_field\t-',
  '#path\thttp',
  '#fields\tts\tuid\tmethod',
  '#types\ttime\tstring\tstring',
].join('\n');

describe('parseZeekHeader', () => {
  it('reads separator, markers, path, fields and types', () => {
    expect(parseZeekHeader(numbered(HEADER), 'http.log')).toEqual({
      separator: '\t',
      setSeparator: ',',
      emptyField: '(empty)',
      unsetField: '-',
      path: 'http',
      fields: ['ts', 'uid', 'method'],
      types: ['time', 'string', 'string'],
    });
  });

  it('names file and line when the first line is not #separator', () => {
    const lines = numbered('#fields\tts\n#types\ttime');
    expect(() => parseZeekHeader(lines, 'bad.log')).toThrow(BadFileError);
    expect(() => parseZeekHeader(lines, 'bad.log')).toThrow('bad.log:1: not a Zeek log header');
  });

  it('rejects a header without #fields, naming the file', () => {
    const lines = numbered(HEADER.replace('#fields\tts\tuid\tmethod\n', ''));
    expect(() => parseZeekHeader(lines, 'x.log')).toThrow('x.log:6: Zeek log header has no "#fields" line');
  });

  it('rejects #types that do not match #fields, naming the #types line', () => {
    const lines = numbered(HEADER.replace('#types\ttime\tstring\tstring', '#types\ttime\tstring'));
    expect(() => parseZeekHeader(lines, 'x.log')).toThrow('x.log:7: Zeek "#types" has 2 entries but "#fields" has 3');
  });
});
