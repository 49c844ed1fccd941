// Browser journeys in Debian's Chromium (playwright-core) against the built client and a real server.
import base from '../../jest.config.js';

const e2e = base.projects.find((project) => project.displayName === 'e2e');

export default {
  ...e2e,
  // A journey takes 15–45 s alone; in CI three run beside the private-clone start on two cores and take
  // five to seven times as long (the appointments journey: 18 s alone, over 120 s there).
  testTimeout: 300_000,
  displayName: 'browser',
  rootDir: '../..',
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  // Three journeys at a time on two cores: each waits on its browser, server and jobs much of the time (with
  // two, the stage kept only about half of two cores busy). Longest first (file size, then Jest's timings).
  maxWorkers: 3,
};
