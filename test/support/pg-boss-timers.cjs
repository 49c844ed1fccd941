// Jest setup for files that boot the application. pg-boss's delay() requires
// 'node:timers/promises' on every call, and its worker clean-up keeps calling it for a few seconds
// after boss.stop() has returned; once Jest has torn a test file's environment down, that require
// fails the file. Here the timers are taken once, up front, and delay() behaves as before.
const tools = require('pg-boss/src/tools.js');
const { setTimeout: sleep } = require('node:timers/promises');

tools.delay = function delay(ms, error) {
  const controller = new AbortController();
  const promise = new Promise((resolve, reject) => {
    sleep(ms, null, { signal: controller.signal })
      .then(() => (error ? reject(new Error(error)) : resolve()))
      .catch(resolve);
  });
  promise.abort = () => {
    if (!controller.signal.aborted) controller.abort();
  };
  return promise;
};
