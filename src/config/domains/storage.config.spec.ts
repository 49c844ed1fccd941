import { buildConfig, ConfigValidationError } from '../app-config.js';

/** The variables buildConfig refuses in this environment (it throws them all together). */
const problemsOf = (environment: Record<string, string>): string[] => {
  const thrown = ((): unknown => {
    try {
      return buildConfig(environment) && undefined;
    } catch (error) {
      return error;
    }
  })();
  if (thrown === undefined) return [];
  expect(thrown).toBeInstanceOf(ConfigValidationError);
  return (thrown as ConfigValidationError).issues.map(({ variable }) => variable);
};

describe('file storage settings', () => {
  it('keep the files in the local folder without a bucket', () => {
    expect(buildConfig({ FILES_DIR: '/srv/files' }).files).toMatchObject({ dir: '/srv/files', s3: undefined });
  });

  it('select an S3-compatible bucket with its endpoint, keys and path style', () => {
    const config = buildConfig({
      STORAGE_S3_BUCKET: 'eresidency-files',
      STORAGE_S3_ENDPOINT: 'http://minio:9000',
      STORAGE_S3_ACCESS_KEY_ID: 'minio-user',
      STORAGE_S3_SECRET_ACCESS_KEY: 'minio-password',
      STORAGE_S3_FORCE_PATH_STYLE: 'true',
    });
    expect(config.files.s3).toEqual({
      bucket: 'eresidency-files',
      endpoint: 'http://minio:9000',
      region: 'us-east-1',
      credentials: { accessKeyId: 'minio-user', secretAccessKey: 'minio-password' },
      forcePathStyle: true,
    });
    expect(buildConfig({ STORAGE_S3_BUCKET: 'eresidency-files', STORAGE_S3_REGION: 'eu-central-1' }).files.s3).toMatchObject({
      region: 'eu-central-1',
      credentials: undefined,
      forcePathStyle: false,
    });
  });

  it('refuse settings that cannot work', () => {
    expect(problemsOf({ STORAGE_S3_BUCKET: 'Not_A_Bucket' })).toEqual(['STORAGE_S3_BUCKET']);
    expect(problemsOf({ STORAGE_S3_BUCKET: 'eresidency-files', STORAGE_S3_ENDPOINT: 'not a url' })).toEqual(['STORAGE_S3_ENDPOINT']);
    expect(problemsOf({ STORAGE_S3_BUCKET: 'eresidency-files' })).toEqual(['STORAGE_S3_REGION']);
    expect(
      problemsOf({ STORAGE_S3_BUCKET: 'eresidency-files', STORAGE_S3_REGION: 'eu-central-1', STORAGE_S3_ACCESS_KEY_ID: 'only-the-id' }),
    ).toEqual(['STORAGE_S3_SECRET_ACCESS_KEY']);
    expect(problemsOf({ STORAGE_S3_ENDPOINT: 'http://minio:9000' })).toEqual(['STORAGE_S3_ENDPOINT']);
    expect(problemsOf({ STORAGE_S3_FORCE_PATH_STYLE: 'maybe' })).toEqual(['STORAGE_S3_FORCE_PATH_STYLE']);
  });
});
