// CI's browser journeys (.ci/run): the same journeys as jest.config.js, in groups, one Jest test file
// per group (test/support/browser-group.ts): Jest then loads the application, Playwright and axe once
// per group instead of once per journey. `--testPathPatterns <file>` with jest.config.js runs one journey.
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/test/support/browser-groups/*.browser-group.ts'],
};
