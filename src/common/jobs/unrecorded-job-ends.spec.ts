import { isUnrecordedJobEnd } from './unrecorded-job-ends.js';

const failing = (stack: string) => Object.assign(new Error('database "x" is not currently accepting connections'), { stack });

describe('isUnrecordedJobEnd', () => {
  it("recognises pg-boss's unawaited complete and fail of a job when the database is away", () => {
    for (const method of ['fail', 'complete']) {
      const stack = [
        'error: database "x" is not currently accepting connections',
        '    at /app/node_modules/pg-pool/index.js:45:11',
        '    at async Db.executeSql (/app/node_modules/pg-boss/src/db.js:42:14)',
        `    at async Manager.${method} (/app/node_modules/pg-boss/src/manager.js:493:20)`,
      ].join('\n');
      expect(isUnrecordedJobEnd(failing(stack))).toBe(true);
    }
  });

  it('leaves every other rejection to end the process', () => {
    expect(isUnrecordedJobEnd(failing('Error: x\n    at async Db.executeSql (/app/node_modules/pg-boss/src/db.js:42:14)'))).toBe(false);
    expect(isUnrecordedJobEnd(failing('Error: x\n    at Manager.fail (/app/src/payments/manager.js:1:1)'))).toBe(false);
    expect(isUnrecordedJobEnd(failing('Error: x\n    at async Manager.send (/app/node_modules/pg-boss/src/manager.js:300:1)'))).toBe(false);
    expect(isUnrecordedJobEnd('pg-boss/src/manager.js Manager.fail')).toBe(false);
    expect(isUnrecordedJobEnd(undefined)).toBe(false);
  });
});
