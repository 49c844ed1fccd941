import request from 'supertest';
import { graphql } from './graphql.js';
import { signedInAccount } from './accounts.js';
import type { TestApp } from './test-app.js';

/** A small but well-formed PDF (what file-type and PDF readers recognise). */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** A 1×1 PNG. */
export const SAMPLE_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c50000000049454e44ae426082',
  'hex',
);

export const APPLICATION_FIELDS = `id category district status givenName familyName submittedAt decidedAt decidedAutomatically rejectionReason decisionMessage expectedEvidenceKind
  student { university enrolmentFrom enrolmentUntil } commuter { employer workAddress } secondHome { secondHomeAddress registeredOn } formerResident { formerAddress livedFrom livedUntil }
  evidence { id kind fileName mediaType sizeBytes downloadPath } messages { author body }`;

const thisYear = new Date().getUTCFullYear();

/** A complete application for each category, as the form sends it. */
export const APPLICATION_INPUTS = {
  student: {
    category: 'student',
    district: 'bochum',
    givenName: 'Erika',
    familyName: 'Musterfrau',
    consent: true,
    student: { university: 'Ruhr-Universität Bochum', enrolmentFrom: `${thisYear - 1}-10-01`, enrolmentUntil: `${thisYear + 2}-09-30` },
  },
  commuter: {
    category: 'commuter',
    district: 'wattenscheid',
    givenName: 'Max',
    familyName: 'Mustermann',
    consent: true,
    commuter: { employer: 'Stadtwerke Bochum', workAddress: 'Ostring 28, 44787 Bochum' },
  },
  second_home: {
    category: 'second_home',
    district: 'bochum',
    givenName: 'Aylin',
    familyName: 'Yilmaz',
    consent: true,
    secondHome: { secondHomeAddress: 'Kortumstraße 10, 44787 Bochum', registeredOn: `${thisYear - 2}-03-15` },
  },
  former_resident: {
    category: 'former_resident',
    district: 'wattenscheid',
    givenName: 'Jan',
    familyName: 'Kowalski',
    consent: true,
    formerResident: { formerAddress: 'Hochstraße 5, 44866 Bochum', livedFrom: '1998-01-01', livedUntil: '2015-06-30' },
  },
} as const;

export async function createApplication(
  target: TestApp,
  token: string,
  input: Record<string, unknown> = APPLICATION_INPUTS.student,
  language = 'en',
) {
  return graphql<any>(
    target,
    `mutation($input: CreateResidencyApplicationInput!) { createResidencyApplication(input: $input) { ${APPLICATION_FIELDS} } }`,
    { input },
    { token, language },
  );
}

export function uploadEvidence(
  target: TestApp,
  token: string | undefined,
  applicationId: string,
  content: Buffer,
  fileName = 'enrolment.pdf',
  kind = 'enrolment_certificate',
  language = 'en',
) {
  let call = request(target.http)
    .post(`/api/residency/applications/${applicationId}/evidence?kind=${kind}`)
    .set('accept-language', language);
  if (token) call = call.set('authorization', `Bearer ${token}`);
  return call.attach('file', content, { filename: fileName, contentType: 'application/pdf' });
}

export function downloadEvidence(target: TestApp, token: string, path: string) {
  return request(target.http)
    .get(path)
    .set('authorization', `Bearer ${token}`)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

export async function submitApplication(target: TestApp, token: string, id: string, language = 'en') {
  return graphql<any>(
    target,
    `mutation($id: ID!) { submitResidencyApplication(id: $id) { ${APPLICATION_FIELDS} } }`,
    { id },
    { token, language },
  );
}

/** An applicant with a submitted student application (with one PDF) waiting for staff. */
export async function submittedStudentApplication(target: TestApp) {
  const applicant = await signedInAccount(target);
  const created = await createApplication(target, applicant.token);
  const id = created.data.createResidencyApplication.id as string;
  const upload = await uploadEvidence(target, applicant.token, id, SAMPLE_PDF);
  if (upload.status !== 201) throw new Error(`upload failed: ${JSON.stringify(upload.body)}`);
  const submitted = await submitApplication(target, applicant.token, id);
  if (!submitted.data) throw new Error(`submit failed: ${JSON.stringify(submitted.errors)}`);
  return { applicant, applicationId: id, evidenceId: upload.body.id as string, downloadPath: upload.body.downloadPath as string };
}

export const CASE_FIELDS = `id kind subjectId status outcome dueAt overdue createdAt applicant { id email } assignee { id email } facets { name value } rejectionReasons
  timeline { type reasonCode message findings fileName actor { email } assignee { email } }`;

export async function findCase(target: TestApp, _token: string, applicationId: string) {
  const [row] = await target.sql<{ id: string }>('SELECT id FROM backoffice_cases WHERE subject_id = $1', [applicationId]);
  return row?.id;
}

export async function decide(target: TestApp, token: string, input: Record<string, unknown>, language = 'en') {
  return graphql<any>(
    target,
    `
      mutation ($input: DecideBackofficeCaseInput!) {
        decideBackofficeCase(input: $input) {
          id
          status
          outcome
        }
      }
    `,
    { input },
    { token, language },
  );
}
