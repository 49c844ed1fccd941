// Unit specs beside the code (src/**/*.spec.ts) and integration/e2e tests over HTTP (test/**/*.e2e-spec.ts).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

/**
 * A few dependencies are ESM-only but required from CommonJS packages (@fastify/static,
 * @fastify/cookie). Node 20 allows that; Jest's module runtime does not before Node 24.9, so
 * Jest compiles just these to CommonJS.
 */
const ESM_ONLY_REQUIRED_FROM_CJS = ['content-disposition', 'cookie'];
const esmToCjs = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': swc,
    [`node_modules/(${ESM_ONLY_REQUIRED_FROM_CJS.join('|')})/.+\\.js$`]: esmToCjs,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_REQUIRED_FROM_CJS.join('|')})/)`],
  rootDir: '.',
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/pg-boss-timers.cjs'],
    },
  ],
  testTimeout: 60_000,
  // Two workers even on two cores: the e2e files spend much of their time waiting on PostgreSQL and jobs.
  maxWorkers: 2,
  // Each e2e file imports the whole application again; a worker that has grown past this is replaced.
  workerIdleMemoryLimit: '1200MB',
};
