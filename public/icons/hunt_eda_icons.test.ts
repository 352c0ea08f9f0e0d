import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { ICON_TYPES } from '@elastic/eui';

import { HUNT_EDA_ICON_CANDIDATES, HUNT_EDA_ICONS } from './hunt_eda_icons';
import { EMPTY_ICON_TYPE, pickIconType } from './pick_icon_type';

/** The EUI Kibana 8.19 ships (test/fixtures/eui/list_eui_icon_types.js), and the one installed here (the standalone page's). */
const EUI_104 = JSON.parse(readFileSync(path.join(__dirname, '../../test/fixtures/eui/eui-104.0.2-icon-types.json'), 'utf8')) as { eui: string; icon_types: string[] };
const RELEASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [`EUI ${EUI_104.eui} (Kibana 8.19)`, EUI_104.icon_types],
  [`EUI ${(JSON.parse(readFileSync(require.resolve('@elastic/eui/package.json'), 'utf8')) as { version: string }).version} (installed)`, ICON_TYPES],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** Icon names written as literals in public/: `iconType="x"`, `iconType: 'x'`, `euiIconType: 'x'`, `icon: 'x'`, `<EuiIcon type="x"`. */
function literalIconNames(): Array<{ file: string; name: string }> {
  const pattern = /\b(?:iconType=\{?|(?:eui[Ii]|i)conType:\s*|icon:\s*|<EuiIcon\b[^>]*?\btype=\{?)['"]([A-Za-z0-9_]+)['"]/g;
  const publicDir = path.join(__dirname, '..');
  return sourceFiles(publicDir).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(pattern)].map((match) => ({ file: path.relative(publicDir, file), name: match[1] ?? '' })),
  );
}

describe('Hunt EDA icons across the EUI releases it runs on', () => {
  it.each(RELEASES)('every icon with release-specific names has one %s knows', (_release, known) => {
    const unresolved = Object.entries(HUNT_EDA_ICON_CANDIDATES).filter(([, candidates]) => pickIconType(candidates, known) === EMPTY_ICON_TYPE);
    expect(unresolved).toEqual([]);
  });

  it('picks the old names on Kibana 8.19’s EUI and the new ones on the installed EUI', () => {
    expect(pickIconType(HUNT_EDA_ICON_CANDIDATES.expandRow, EUI_104.icon_types)).toBe('arrowRight');
    expect(pickIconType(HUNT_EDA_ICON_CANDIDATES.collapseRow, EUI_104.icon_types)).toBe('arrowDown');
    expect(HUNT_EDA_ICONS).toMatchObject({ expandRow: 'chevronSingleRight', collapseRow: 'chevronSingleDown', barChartPanel: 'chartBarVertical' });
  });

  it.each(RELEASES)('every icon name written inline in public/ is one %s knows', (_release, known) => {
    const names = literalIconNames();
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter(({ name }) => !known.includes(name))).toEqual([]);
  });
});
