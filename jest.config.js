// Unit specs beside the code (src/**/*.spec.ts, packages/**/*.spec.ts, scripts/**/*.spec.ts, client/src/**/*.spec.ts) and integration/e2e tests over HTTP (test/**/*.e2e-spec.ts).
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

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': swc },
  rootDir: '.',
  setupFiles: ['<rootDir>/test/support/forge-integer-arithmetic.cjs'],
};

export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/src/**/*.spec.ts',
        '<rootDir>/packages/**/*.spec.ts',
        '<rootDir>/scripts/**/*.spec.ts',
        '<rootDir>/client/src/**/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: [...common.setupFiles, '<rootDir>/test/support/pg-boss-timers.cjs'],
      setupFilesAfterEnv: ['<rootDir>/test/support/one-query-at-a-time.ts'],
    },
  ],
  testTimeout: 60_000,
  // Two workers even on two cores: the e2e files spend much of their time waiting on PostgreSQL and jobs.
  maxWorkers: 2,
  // Each e2e file imports the whole application again; a worker that has grown past this is replaced.
  workerIdleMemoryLimit: '1200MB',
};
