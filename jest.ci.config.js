// CI's `npm test` (.ci/run): the same unit specs and e2e files as jest.config.js, but the e2e files
// run in groups, one Jest test file per group (test/support/e2e-group.ts): Jest then loads the
// application once per group instead of once per file. Files with hooks outside a describe block
// run on their own, as in jest.config.js.
import base from './jest.config.js';
import { standaloneE2eFiles } from './test/support/e2e-group.ts'; // loaded by Node itself, hence .ts

export default {
  ...base,
  projects: base.projects.map((project) =>
    project.displayName === 'e2e'
      ? {
          ...project,
          testMatch: ['<rootDir>/test/support/e2e-groups/*.e2e-group.ts', ...standaloneE2eFiles().map((file) => `<rootDir>/${file}`)],
        }
      : project,
  ),
};
