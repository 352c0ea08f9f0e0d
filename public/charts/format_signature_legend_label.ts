/** Longest signature name a legend entry shows before it is shortened with an ellipsis. */
export const LEGEND_NAME_MAX_LENGTH = 32;

/**
 * A legend label that tells signatures apart: `2024217 ET MALWARE Foo…`. Names of sibling rules often share a
 * long prefix and differ only at the end, so a legend that truncates the bare name shows two identical
 * entries; the id first keeps them distinct whatever the width. O(name length).
 * Example: formatSignatureLegendLabel('2024217', 'ET INFO Observed DNS Query to .cloud TLD', 20)
 *   → '2024217 ET INFO Observed DNS Q…'
 */
export function formatSignatureLegendLabel(signatureId: string, signatureName: string, maxNameLength: number = LEGEND_NAME_MAX_LENGTH): string {
  const name = signatureName.trim();
  const shortName = name.length > maxNameLength ? `${name.slice(0, Math.max(1, maxNameLength - 1)).trimEnd()}…` : name;
  if (signatureId === '') return shortName;
  return shortName === '' || shortName === signatureId ? signatureId : `${signatureId} ${shortName}`;
}
