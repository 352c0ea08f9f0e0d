import { getKibanaTarget, TESTED_KIBANA_VERSIONS } from './kibana_target';

describe('getKibanaTarget', () => {
  it('maps 8.19.x and 9.1+ to their shared-deps lists', () => {
    expect(getKibanaTarget('8.19.21').line).toBe('8.19');
    expect(getKibanaTarget('9.2.3').line).toBe('9.x');
    expect(getKibanaTarget('9.1.0').line).toBe('9.x');
  });

  it('externalizes only names in the target release: fflate in 8.19, react-kibana-mount in 9.x', () => {
    const v8 = getKibanaTarget('8.19.21').sharedDeps;
    const v9 = getKibanaTarget('9.2.3').sharedDeps;
    expect(v8.fflate).toBe('__kbnSharedDeps__.Fflate');
    expect(v9).not.toHaveProperty('fflate');
    expect(v9['@kbn/react-kibana-mount']).toBe('__kbnSharedDeps__.KbnReactKibanaMount');
    expect(v8).not.toHaveProperty('@kbn/react-kibana-mount');
    expect(v9['react-use/lib/useAsync']).toBe('__kbnSharedDeps__.ReactUse.useAsync');
    for (const deps of [v8, v9]) {
      expect(deps.react).toBe('__kbnSharedDeps__.React');
      expect(deps['@kbn/react-kibana-context-render']).toBe('__kbnSharedDeps__.KbnReactKibanaContextRender');
    }
  });

  it.each(['8.19', '9.2.3-SNAPSHOT', 'v9.2.3', 'kibana', ''])('refuses "%s", which is not an exact release', (version) => {
    expect(() => getKibanaTarget(version)).toThrow(/--kibana-version must be an exact release/);
  });

  it.each(['8.18.4', '9.0.3', '7.17.0', '10.0.0'])('refuses %s, outside the supported lines', (version) => {
    expect(() => getKibanaTarget(version)).toThrow(`--kibana-version ${version} is not supported`);
  });

  it('supports every version the conformance tests build', () => {
    for (const version of TESTED_KIBANA_VERSIONS) expect(getKibanaTarget(version).version).toBe(version);
  });
});
