import request from 'supertest';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import {
  APPLICATION_INPUTS,
  createApplication,
  downloadEvidence,
  findCase,
  SAMPLE_PDF,
  submitApplication,
  submittedStudentApplication,
  uploadEvidence,
} from './support/residency.js';
import { verifyIdentityForTest } from './support/identity-verification.js';

/**
 * Another person can never read or change this person's application, evidence or address,
 * whatever ids they send: one test per operation, each also checking that nothing changed.
 */
describe('residency, evidence, address and back office: no access to other people’s data', () => {
  let app: TestApp;
  let victim: { token: string; email: string };
  let intruder: { token: string; email: string };
  let draftId: string;
  let draftEvidence: { id: string; downloadPath: string };
  let askedId: string;
  let askedCaseId: string;
  let submitted: Awaited<ReturnType<typeof submittedStudentApplication>>;
  let addressId: string;

  const notFound = (response: { errors?: { extensions: { code: string } }[] }) =>
    expect(response.errors?.[0].extensions.code).toBe('NOT_FOUND');
  const forbidden = (response: { errors?: { extensions: { code: string } }[] }) =>
    expect(response.errors?.[0].extensions.code).toBe('FORBIDDEN');
  const statusOf = async (id: string) =>
    (await app.sql<{ status: string }>('SELECT status FROM residency_applications WHERE id = $1', [id]))[0]?.status;

  beforeAll(async () => {
    app = await createTestApp({ JOBS_WORKERS: '0' });
    victim = await signedInAccount(app);
    intruder = await signedInAccount(app);
    await createApplication(app, intruder.token);

    draftId = (await createApplication(app, victim.token, APPLICATION_INPUTS.commuter)).data.createResidencyApplication.id;
    draftEvidence = (await uploadEvidence(app, victim.token, draftId, SAMPLE_PDF, 'letter.pdf', 'employer_letter')).body;

    const staff = await accountWithRoles(app, ['staff_citizens_office']);
    askedId = (await createApplication(app, victim.token, APPLICATION_INPUTS.student)).data.createResidencyApplication.id;
    await uploadEvidence(app, victim.token, askedId, SAMPLE_PDF);
    await submitApplication(app, victim.token, askedId);
    askedCaseId = (await findCase(app, staff.token, askedId))!;
    await graphql(
      app,
      'mutation($input: DecideBackofficeCaseInput!) { decideBackofficeCase(input: $input) { id } }',
      { input: { caseId: askedCaseId, outcome: 'request_info', message: 'Bitte ergänzen.' } },
      { token: staff.token },
    );

    const other = await signedInAccount(app);
    await verifyIdentityForTest(app, other.account.id as string, 'substantial', {
      givenName: 'Aylin',
      familyName: 'Yilmaz',
      method: 'video',
    });
    const approvedId = (await createApplication(app, other.token, APPLICATION_INPUTS.second_home)).data.createResidencyApplication.id;
    await uploadEvidence(app, other.token, approvedId, SAMPLE_PDF, 'reg.pdf', 'second_home_registration');
    await submitApplication(app, other.token, approvedId);
    addressId = (await graphql<any>(app, '{ myVirtualAddress { id } }', {}, { token: other.token })).data.myVirtualAddress.id;
    submitted = await submittedStudentApplication(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('myResidencyApplication', async () => {
    notFound(
      await graphql(
        app,
        'query($id: ID!) { myResidencyApplication(id: $id) { id givenName } }',
        { id: draftId },
        { token: intruder.token },
      ),
    );
    notFound(
      await graphql(app, 'query($id: ID!) { myResidencyApplication(id: $id) { id } }', { id: 'not-a-uuid' }, { token: intruder.token }),
    );
  });

  it('myResidencyApplications lists only the caller’s own', async () => {
    const mine = await graphql<any>(app, '{ myResidencyApplications { id } }', {}, { token: intruder.token });
    expect(mine.data.myResidencyApplications.map((a: { id: string }) => a.id)).not.toContain(draftId);
    expect(mine.data.myResidencyApplications).toHaveLength(1);
  });

  it('updateResidencyApplication', async () => {
    const { category: _category, ...details } = APPLICATION_INPUTS.commuter;
    notFound(
      await graphql(
        app,
        'mutation($id: ID!, $input: ResidencyApplicationDetailsInput!) { updateResidencyApplication(id: $id, input: $input) { id } }',
        { id: draftId, input: { ...details, familyName: 'Hacker' } },
        { token: intruder.token },
      ),
    );
    expect((await app.sql('SELECT family_name FROM residency_applications WHERE id = $1', [draftId]))[0].family_name).toBe('Mustermann');
  });

  it('discardResidencyApplication', async () => {
    notFound(await graphql(app, 'mutation($id: ID!) { discardResidencyApplication(id: $id) }', { id: draftId }, { token: intruder.token }));
    expect(await statusOf(draftId)).toBe('draft');
  });

  it('submitResidencyApplication', async () => {
    notFound(
      await graphql(app, 'mutation($id: ID!) { submitResidencyApplication(id: $id) { id } }', { id: draftId }, { token: intruder.token }),
    );
    expect(await statusOf(draftId)).toBe('draft');
  });

  it('answerResidencyInfoRequest', async () => {
    notFound(
      await graphql(
        app,
        'mutation($input: AnswerInfoRequestInput!) { answerResidencyInfoRequest(input: $input) { id } }',
        { input: { applicationId: askedId, message: 'fake answer' } },
        { token: intruder.token },
      ),
    );
    expect(await statusOf(askedId)).toBe('info_requested');
    expect(
      (
        await app.sql("SELECT count(*)::int AS n FROM residency_application_messages WHERE application_id = $1 AND author = 'applicant'", [
          askedId,
        ])
      )[0].n,
    ).toBe(0);
  });

  it('removeResidencyEvidence', async () => {
    notFound(
      await graphql(app, 'mutation($id: ID!) { removeResidencyEvidence(id: $id) }', { id: draftEvidence.id }, { token: intruder.token }),
    );
    expect((await app.sql('SELECT count(*)::int AS n FROM residency_evidence_documents WHERE id = $1', [draftEvidence.id]))[0].n).toBe(1);
  });

  it('uploading evidence to someone else’s application', async () => {
    const response = await uploadEvidence(app, intruder.token, draftId, SAMPLE_PDF, 'planted.pdf', 'other');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
    expect((await app.sql("SELECT count(*)::int AS n FROM residency_evidence_documents WHERE file_name = 'planted.pdf'"))[0].n).toBe(0);
    expect((await uploadEvidence(app, undefined, draftId, SAMPLE_PDF)).status).toBe(401);
  });

  it('downloading someone else’s evidence, also through one’s own application id', async () => {
    const direct = await downloadEvidence(app, intruder.token, draftEvidence.downloadPath);
    expect(direct.status).toBe(404);
    const own = (await graphql<any>(app, '{ myResidencyApplications { id } }', {}, { token: intruder.token })).data
      .myResidencyApplications[0].id;
    expect((await downloadEvidence(app, intruder.token, `/api/residency/applications/${own}/evidence/${draftEvidence.id}`)).status).toBe(
      404,
    );
    expect((await request(app.http).get(draftEvidence.downloadPath)).status).toBe(401);
    expect((await downloadEvidence(app, victim.token, draftEvidence.downloadPath)).status).toBe(200);
  });

  it('myVirtualAddress shows only the caller’s own (none here)', async () => {
    const response = await graphql<any>(app, '{ myVirtualAddress { id } myResidency { id } }', {}, { token: intruder.token });
    expect(response.data).toEqual({ myVirtualAddress: null, myResidency: null });
  });

  it('updateMailHandling on someone else’s address', async () => {
    notFound(
      await graphql(
        app,
        'mutation($input: UpdateMailHandlingInput!) { updateMailHandling(input: $input) { id } }',
        {
          input: {
            addressId,
            preference: 'forward',
            forwardingAddress: { street: 'Fake 1', postcode: '12345', city: 'Elsewhere', country: 'DE' },
          },
        },
        { token: intruder.token },
      ),
    );
    const [row] = await app.sql<{ mail_handling: string; forwarding_address: unknown }>(
      'SELECT mail_handling, forwarding_address FROM address_allocations WHERE id = $1',
      [addressId],
    );
    expect(row).toEqual({ mail_handling: 'hold', forwarding_address: null });
  });

  it('every back office operation, as a resident', async () => {
    forbidden(await graphql(app, '{ backofficeCases { nodes { id } } }', {}, { token: intruder.token }));
    forbidden(await graphql(app, 'query($id: ID!) { backofficeCase(id: $id) { id } }', { id: askedCaseId }, { token: intruder.token }));
    forbidden(await graphql(app, 'query { backofficeAssignees(kind: "residency_application") { id } }', {}, { token: intruder.token }));
    forbidden(
      await graphql(app, 'mutation($id: ID!) { claimBackofficeCase(id: $id) { id } }', { id: askedCaseId }, { token: intruder.token }),
    );
    forbidden(
      await graphql(
        app,
        'mutation($id: ID!) { assignBackofficeCase(id: $id, assigneeId: null) { id } }',
        { id: askedCaseId },
        { token: intruder.token },
      ),
    );
    forbidden(
      await graphql(
        app,
        'mutation($input: DecideBackofficeCaseInput!) { decideBackofficeCase(input: $input) { id } }',
        { input: { caseId: askedCaseId, outcome: 'approve' } },
        { token: intruder.token },
      ),
    );
    expect(await statusOf(askedId)).toBe('info_requested');
  });

  it('staff of another office cannot see, take or decide residency cases, nor read the evidence', async () => {
    const economy = await accountWithRoles(app, ['staff_economic_development']);
    const caseId = (await findCase(app, economy.token, submitted.applicationId))!;
    expect(
      (await graphql<any>(app, '{ backofficeCases { nodes { id } } }', {}, { token: economy.token })).data.backofficeCases.nodes,
    ).toEqual([]);
    forbidden(
      await graphql(app, '{ backofficeCases(filter: { kind: "residency_application" }) { nodes { id } } }', {}, { token: economy.token }),
    );
    notFound(await graphql(app, 'query($id: ID!) { backofficeCase(id: $id) { id } }', { id: caseId }, { token: economy.token }));
    notFound(await graphql(app, 'mutation($id: ID!) { claimBackofficeCase(id: $id) { id } }', { id: caseId }, { token: economy.token }));
    notFound(
      await graphql(
        app,
        'mutation($id: ID!) { assignBackofficeCase(id: $id, assigneeId: null) { id } }',
        { id: caseId },
        { token: economy.token },
      ),
    );
    forbidden(await graphql(app, 'query { backofficeAssignees(kind: "residency_application") { id } }', {}, { token: economy.token }));
    notFound(
      await graphql(
        app,
        'mutation($input: DecideBackofficeCaseInput!) { decideBackofficeCase(input: $input) { id } }',
        { input: { caseId, outcome: 'approve' } },
        { token: economy.token },
      ),
    );
    expect((await downloadEvidence(app, economy.token, submitted.downloadPath)).status).toBe(404);
    expect(await statusOf(submitted.applicationId)).toBe('submitted');

    const colleague = await accountWithRoles(app, ['staff_citizens_office']);
    const wrongAssignee = await graphql<any>(
      app,
      'mutation($id: ID!, $to: ID) { assignBackofficeCase(id: $id, assigneeId: $to) { id } }',
      { id: caseId, to: economy.account.id },
      { token: colleague.token },
    );
    expect(wrongAssignee.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
  });
});
