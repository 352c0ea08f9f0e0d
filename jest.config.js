/* Jest projects: unit tests sit beside the code; integration, conformance and e2e tests use real
 * Elasticsearch, real built artifacts and real Chromium (see test/README.md). */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' } },
  ],
};
const common = { transform, testEnvironment: 'node', moduleNameMapper: {} };

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{common,server,scripts,standalone,cli}/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      // Rendering EUI in jsdom takes seconds per test; Jest's 5 s default is crossed on a busy CI machine.
      setupFilesAfterEnv: ['<rootDir>/test/helpers/ui_test_timeout.ts'],
      // Kibana-only shared packages resolve to the stand-ins the standalone page also uses.
      moduleNameMapper: {
        '^@kbn/i18n$': '<rootDir>/scripts/build/shared_deps/emulated/kbn_i18n.ts',
        '^@kbn/es-query$': '<rootDir>/scripts/build/shared_deps/emulated/kbn_es_query.ts',
      },
      testMatch: ['<rootDir>/public/**/*.test.{ts,tsx}'],
      // EUI requires uuid, which ships ESM only; let swc compile it to CommonJS like our own code.
      transformIgnorePatterns: ['/node_modules/(?!uuid/)'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/integration/global_setup.ts',
      globalTeardown: '<rootDir>/test/integration/global_teardown.ts',
    },
    {
      ...common,
      displayName: 'conformance',
      testMatch: ['<rootDir>/test/conformance/**/*.test.ts'],
      globalSetup: '<rootDir>/test/conformance/global_setup.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/integration/global_setup.ts',
      globalTeardown: '<rootDir>/test/integration/global_teardown.ts',
    },
  ],
};
