// Browser journeys in Debian's Chromium (playwright-core) against the built client and a real server.
import base from '../../jest.config.js';

const e2e = base.projects.find((project) => project.displayName === 'e2e');

export default {
  ...e2e,
  testTimeout: 120_000,
  displayName: 'browser',
  rootDir: '../..',
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  // Three journeys at a time on two cores: each waits on its browser, server and jobs much of the time (with
  // two, the stage kept only about half of two cores busy). Longest first (file size, then Jest's timings).
  maxWorkers: 3,
};
