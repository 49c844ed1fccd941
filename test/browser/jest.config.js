// Browser journeys in Debian's Chromium (playwright-core) against the built client and a real server.
import base from '../../jest.config.js';

const e2e = base.projects.find((project) => project.displayName === 'e2e');

export default {
  ...e2e,
  testTimeout: 120_000,
  displayName: 'browser',
  rootDir: '../..',
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  // Two journeys at a time: each waits on its browser and server most of the time (203 s instead of 273 s on two cores).
  maxWorkers: 2,
};
