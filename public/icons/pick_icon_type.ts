/** The icon EUI draws when asked for none: a blank square, with no request. */
export const EMPTY_ICON_TYPE = 'empty';

/**
 * The first of `candidates` that the running EUI knows, else `empty`. EUI renames icons between releases
 * (EUI 122 dropped `arrowRight`, `exportAction`… for `chevronSingleRight`, `export`…), and it draws a name it
 * does not know as `<img src={name}>`: a request that 404s and a blank button. Kibana 8.19 and 9.x ship
 * the older names, the standalone page the newer, so each icon lists both. O(candidates × known types).
 */
export function pickIconType(candidates: readonly string[], knownTypes: readonly string[]): string {
  return candidates.find((candidate) => knownTypes.includes(candidate)) ?? EMPTY_ICON_TYPE;
}
