import { readdirSync } from 'node:fs';
import path from 'node:path';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { accountWithRoles, signedInAccount, STRONG_PASSWORD, uniqueEmail } from './support/accounts.js';
import {
  APPLICATION_FIELDS,
  APPLICATION_INPUTS,
  CASE_FIELDS,
  createApplication,
  decide,
  downloadEvidence,
  findCase,
  SAMPLE_PDF,
  SAMPLE_PNG,
  submitApplication,
  submittedStudentApplication,
  uploadEvidence,
} from './support/residency.js';
import { ResidencyLifecycleService } from '../src/residency/residency-lifecycle.service.js';
import { verifyIdentityForTest } from './support/identity-verification.js';

const MAX_BYTES = 200 * 1024;

describe('virtual residency: apply, decide, become a resident', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ EVIDENCE_MAX_BYTES: String(MAX_BYTES), EVIDENCE_MAX_FILES: '2', JOBS_WORKERS: '0' });
  });

  afterAll(async () => {
    await app.close();
  });

  const evidenceFiles = () => readdirSync(path.join(app.config.files.dir, 'evidence'));
  const countRows = async (table: string, where = 'true', values: unknown[] = []) =>
    (await app.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, values))[0].n;

  it('goes to staff when not clear, and the approval makes the person a resident with a virtual address, e-mail and notification', async () => {
    const { applicant, applicationId, downloadPath } = await submittedStudentApplication(app);
    const mine = await graphql<any>(
      app,
      `query($id: ID!) { myResidencyApplication(id: $id) { ${APPLICATION_FIELDS} } }`,
      { id: applicationId },
      { token: applicant.token },
    );
    expect(mine.data.myResidencyApplication).toMatchObject({
      status: 'submitted',
      decidedAt: null,
      evidence: [{ kind: 'enrolment_certificate', mediaType: 'application/pdf' }],
    });

    const staff = await accountWithRoles(app, ['staff_citizens_office']);
    const queue = await graphql<any>(
      app,
      `query { backofficeCases(filter: { status: open }) { nodes { ${CASE_FIELDS} } pageInfo { hasNextPage } } }`,
      {},
      { token: staff.token },
    );
    const listed = queue.data.backofficeCases.nodes.find((node: { subjectId: string }) => node.subjectId === applicationId);
    expect(listed).toMatchObject({
      kind: 'residency_application',
      status: 'open',
      applicant: { email: applicant.email },
      assignee: null,
      facets: [
        { name: 'category', value: 'student' },
        { name: 'district', value: 'bochum' },
      ],
      timeline: [{ type: 'opened', findings: ['assurance_too_low'], actor: null }],
    });

    const claimed = await graphql<any>(
      app,
      'mutation($id: ID!) { claimBackofficeCase(id: $id) { assignee { email } } }',
      { id: listed.id },
      { token: staff.token },
    );
    expect(claimed.data.claimBackofficeCase.assignee.email).toBe(staff.email);

    const page = await graphql<any>(
      app,
      `query($id: ID!) { backofficeCase(id: $id) { ${CASE_FIELDS} residencyApplication { ${APPLICATION_FIELDS} } } }`,
      { id: listed.id },
      { token: staff.token },
    );
    expect(page.data.backofficeCase.residencyApplication).toMatchObject({
      givenName: 'Erika',
      student: { university: 'Ruhr-Universität Bochum' },
    });
    const file = await downloadEvidence(app, staff.token, downloadPath);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(file.body as Buffer, SAMPLE_PDF)).toBe(0);
    expect(
      await countRows(
        'audit_events',
        "action = 'residency.evidence_viewed' AND actor_account_id = (SELECT id FROM accounts WHERE email = $1)",
        [staff.email],
      ),
    ).toBe(1);

    const approved = await decide(app, staff.token, { caseId: listed.id, outcome: 'approve' });
    expect(approved.data.decideBackofficeCase).toMatchObject({ status: 'closed', outcome: 'approved' });

    const after = await graphql<any>(
      app,
      `
        query ($id: ID!) {
          myResidencyApplication(id: $id) {
            status
            decidedAutomatically
          }
          myResidency {
            categories
            district
            validUntil
            status
          }
          myVirtualAddress {
            id
            district
            mailbox
            lines
            mailHandling
          }
          me {
            roles
          }
        }
      `,
      { id: applicationId },
      { token: applicant.token },
    );
    expect(after.data.myResidencyApplication).toEqual({ status: 'approved', decidedAutomatically: false });
    expect(after.data.me.roles).toContain('resident');
    expect(after.data.myResidency).toMatchObject({ categories: ['student'], district: 'bochum', status: 'active' });
    const validUntil = new Date(after.data.myResidency.validUntil);
    expect(validUntil.getTime()).toBeGreaterThan(Date.now() + 360 * 86_400_000);
    expect(after.data.myVirtualAddress).toMatchObject({ district: 'bochum', mailHandling: 'hold' });
    expect(after.data.myVirtualAddress.lines).toEqual([
      'Erika Musterfrau',
      'c/o Stadt Bochum, Bürgerbüro Mitte',
      'Willy-Brandt-Platz 2–6',
      expect.stringMatching(/^Fach BO-\d{5}$/),
      '44777 Bochum',
    ]);

    const mail = (await app.mailbox.list(applicant.email)).find((message) => message.template === 'residency_approved');
    expect(mail?.subject).toBe('Your virtual residency in Bochum is approved');
    expect(mail?.text).toContain('/residency');
    const notifications = await graphql<any>(app, '{ myNotifications { nodes { kind title } } }', {}, { token: applicant.token });
    expect(notifications.data.myNotifications.nodes.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['residency_submitted', 'residency_approved']),
    );

    const timeline = await graphql<any>(
      app,
      `
        query ($id: ID!) {
          backofficeCase(id: $id) {
            timeline {
              type
              actor {
                email
              }
            }
          }
        }
      `,
      { id: listed.id },
      { token: staff.token },
    );
    expect(timeline.data.backofficeCase.timeline.map((event: { type: string }) => event.type)).toEqual([
      'opened',
      'claimed',
      'evidence_viewed',
      'approved',
    ]);
    expect(await countRows('audit_events', "action = 'backoffice.case_approved' AND subject_id = $1", [applicationId])).toBe(1);
    expect(await countRows('audit_events', "action = 'residency.application_viewed' AND subject_id = $1", [applicationId])).toBe(1);

    const again = await decide(app, staff.token, { caseId: listed.id, outcome: 'approve' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CASE_CLOSED' });
  });

  it('approves a clear case by the rules at once: substantial identity and the expected document', async () => {
    const applicant = await signedInAccount(app);
    // A verified identity (video, level substantial): the rules never approve a typed name.
    await verifyIdentityForTest(app, applicant.account.id as string, 'substantial', {
      givenName: 'Max',
      familyName: 'Mustermann',
      method: 'video',
    });
    const created = await createApplication(app, applicant.token, APPLICATION_INPUTS.commuter);
    const id = created.data.createResidencyApplication.id;
    expect((await uploadEvidence(app, applicant.token, id, SAMPLE_PNG, 'letter.png', 'employer_letter')).status).toBe(201);
    const submitted = await submitApplication(app, applicant.token, id);
    expect(submitted.data.submitResidencyApplication).toMatchObject({ status: 'approved', decidedAutomatically: true });
    expect(await countRows('backoffice_cases', 'subject_id = $1', [id])).toBe(0);
    const address = await graphql<any>(app, '{ myVirtualAddress { lines } }', {}, { token: applicant.token });
    expect(address.data.myVirtualAddress.lines).toEqual([
      'Max Mustermann',
      'c/o Stadt Bochum, Bürgerbüro Wattenscheid',
      'Freiheitstraße 1',
      expect.stringMatching(/^Fach WAT-\d{5}$/),
      '44866 Bochum',
    ]);
    expect(
      await countRows('audit_events', "action = 'residency.application_approved' AND subject_id = $1 AND details->>'automatic' = 'true'", [
        id,
      ]),
    ).toBe(1);
  });

  it('asks for more information, takes the answer, and rejects with a reason from the list', async () => {
    const { applicant, applicationId } = await submittedStudentApplication(app);
    const staff = await accountWithRoles(app, ['staff_citizens_office'], 'de');
    const caseId = await findCase(app, staff.token, applicationId);

    const noMessage = await decide(app, staff.token, { caseId, outcome: 'request_info' });
    expect(noMessage.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'message', message: 'Bitte schreiben Sie eine Nachricht an die antragstellende Person.' }],
    });
    const asked = await decide(app, staff.token, {
      caseId,
      outcome: 'request_info',
      message: 'Bitte laden Sie die Immatrikulationsbescheinigung für das laufende Semester hoch.',
    });
    expect(asked.data.decideBackofficeCase).toMatchObject({ status: 'waiting_for_applicant', outcome: null });
    expect(
      (await app.mailbox.list(applicant.email)).some(
        (mail) => mail.template === 'residency_info_requested' && mail.text.includes('laufende Semester'),
      ),
    ).toBe(true);

    const seen = await graphql<any>(
      app,
      `
        query ($id: ID!) {
          myResidencyApplication(id: $id) {
            status
            messages {
              author
              body
            }
          }
        }
      `,
      { id: applicationId },
      { token: applicant.token },
    );
    expect(seen.data.myResidencyApplication).toEqual({
      status: 'info_requested',
      messages: [{ author: 'staff', body: expect.stringContaining('laufende Semester') }],
    });
    expect((await uploadEvidence(app, applicant.token, applicationId, SAMPLE_PDF, 'semester.pdf')).status).toBe(201);
    const answered = await graphql<any>(
      app,
      'mutation($input: AnswerInfoRequestInput!) { answerResidencyInfoRequest(input: $input) { status messages { author body } } }',
      { input: { applicationId, message: 'Die aktuelle Bescheinigung ist jetzt hochgeladen.' } },
      { token: applicant.token },
    );
    expect(answered.data.answerResidencyInfoRequest.status).toBe('submitted');

    const noReason = await decide(app, staff.token, { caseId, outcome: 'reject', reasonCode: 'because' });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: [{ field: 'reasonCode' }] });
    const otherWithoutText = await decide(app, staff.token, { caseId, outcome: 'reject', reasonCode: 'other' });
    expect(otherWithoutText.errors?.[0].extensions.details?.[0].field).toBe('message');
    const rejected = await decide(app, staff.token, {
      caseId,
      outcome: 'reject',
      reasonCode: 'evidence_insufficient',
      message: 'Die Bescheinigung ist nicht lesbar.',
    });
    expect(rejected.data.decideBackofficeCase).toMatchObject({ status: 'closed', outcome: 'rejected' });

    const final = await graphql<any>(
      app,
      `
        query ($id: ID!) {
          myResidencyApplication(id: $id) {
            status
            rejectionReason
            decisionMessage
          }
          me {
            roles
          }
        }
      `,
      { id: applicationId },
      { token: applicant.token },
    );
    expect(final.data.myResidencyApplication).toEqual({
      status: 'rejected',
      rejectionReason: 'evidence_insufficient',
      decisionMessage: 'Die Bescheinigung ist nicht lesbar.',
    });
    expect(final.data.me.roles).not.toContain('resident');
    const mail = (await app.mailbox.list(applicant.email)).find((message) => message.template === 'residency_rejected');
    expect(mail?.text).toContain('Reason: The documents are not sufficient.');
    expect(mail?.text).toContain('Die Bescheinigung ist nicht lesbar.');

    const timeline = await graphql<any>(
      app,
      `
        query ($id: ID!) {
          backofficeCase(id: $id) {
            timeline {
              type
              message
              reasonCode
              fileName
              actor {
                email
              }
            }
          }
        }
      `,
      { id: caseId },
      { token: staff.token },
    );
    expect(timeline.data.backofficeCase.timeline).toEqual([
      expect.objectContaining({ type: 'opened', actor: null }),
      expect.objectContaining({ type: 'info_requested', actor: { email: staff.email } }),
      expect.objectContaining({ type: 'evidence_added', fileName: 'semester.pdf', actor: { email: applicant.email } }),
      expect.objectContaining({
        type: 'applicant_answered',
        message: 'Die aktuelle Bescheinigung ist jetzt hochgeladen.',
        actor: { email: applicant.email },
      }),
      expect.objectContaining({ type: 'rejected', reasonCode: 'evidence_insufficient', actor: { email: staff.email } }),
    ]);
  });

  describe('bad files are refused with a clear message, and nothing is stored', () => {
    let token: string;
    let englishToken: string;
    let applicationId: string;

    beforeAll(async () => {
      const applicant = await signedInAccount(app, uniqueEmail('lng-de'), STRONG_PASSWORD, 'de');
      token = applicant.token;
      englishToken = (await signedInAccount(app)).token;
      applicationId = (await createApplication(app, token)).data.createResidencyApplication.id;
    });

    beforeEach(async () => {
      await app.sql('DELETE FROM residency_evidence_documents WHERE application_id = $1', [applicationId]);
    });

    it('a file whose content is not PDF, JPEG or PNG, whatever its name', async () => {
      const before = evidenceFiles().length;
      const html = Buffer.from('<!doctype html><html><script>alert(1)</script></html>');
      const response = await uploadEvidence(app, token, applicationId, html, 'certificate.pdf', 'enrolment_certificate', 'de');
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'EVIDENCE_TYPE_NOT_ALLOWED',
        message: 'Dieser Dateityp wird nicht angenommen. Bitte laden Sie eine PDF-, JPEG- oder PNG-Datei hoch.',
      });
      const englishApplication = (await createApplication(app, englishToken)).data.createResidencyApplication.id;
      const english = await uploadEvidence(app, englishToken, englishApplication, Buffer.from('GIF89a' + '\0'.repeat(64)), 'photo.png');
      expect(english.body.error.message).toBe('This type of file is not accepted. Please upload a PDF, JPEG or PNG file.');
      expect(await countRows('residency_evidence_documents', 'application_id = $1', [englishApplication])).toBe(0);
      expect(await countRows('residency_evidence_documents', 'application_id = $1', [applicationId])).toBe(0);
      expect(evidenceFiles().length).toBe(before);
    });

    it('a file over the size limit', async () => {
      const before = evidenceFiles().length;
      const big = Buffer.concat([SAMPLE_PDF, Buffer.alloc(MAX_BYTES)]);
      const response = await uploadEvidence(app, token, applicationId, big, 'big.pdf');
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'EVIDENCE_TOO_LARGE',
        message: 'Die Datei ist zu groß. Dateien dürfen höchstens 0,1 MB groß sein.',
      });
      expect(await countRows('residency_evidence_documents', 'application_id = $1', [applicationId])).toBe(0);
      expect(evidenceFiles().length).toBe(before);
    });

    it('more files than allowed per application, two files in one upload, an empty file, no file, an unknown kind', async () => {
      expect((await uploadEvidence(app, token, applicationId, SAMPLE_PDF, 'a.pdf')).status).toBe(201);
      expect((await uploadEvidence(app, token, applicationId, SAMPLE_PDF, 'b.pdf')).status).toBe(201);
      const before = evidenceFiles().length;
      const third = await uploadEvidence(app, token, applicationId, SAMPLE_PDF, 'c.pdf');
      expect(third.status).toBe(400);
      expect(third.body.error).toMatchObject({
        reason: 'EVIDENCE_TOO_MANY',
        message: 'Sie können höchstens 2 Nachweise pro Antrag hochladen.',
      });
      expect(await countRows('residency_evidence_documents', 'application_id = $1', [applicationId])).toBe(2);
      expect(evidenceFiles().length).toBe(before);
      await app.sql('DELETE FROM residency_evidence_documents WHERE application_id = $1', [applicationId]);

      const request = (await import('supertest')).default;
      const two = await request(app.http)
        .post(`/api/residency/applications/${applicationId}/evidence?kind=enrolment_certificate`)
        .set('authorization', `Bearer ${token}`)
        .attach('file', SAMPLE_PDF, 'one.pdf')
        .attach('second', SAMPLE_PDF, 'two.pdf');
      expect(two.body.error).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'EVIDENCE_TOO_MANY',
        message: 'Bitte laden Sie jeweils eine Datei hoch.',
      });
      const empty = await uploadEvidence(app, token, applicationId, Buffer.alloc(0), 'empty.pdf');
      expect(empty.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EVIDENCE_EMPTY' });
      const none = await request(app.http)
        .post(`/api/residency/applications/${applicationId}/evidence?kind=other`)
        .set('authorization', `Bearer ${token}`)
        .send({});
      expect(none.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UPLOAD_MISSING' });
      const kind = await uploadEvidence(app, token, applicationId, SAMPLE_PDF, 'a.pdf', 'passport');
      expect(kind.body.error).toMatchObject({ code: 'BAD_USER_INPUT', details: [{ field: 'kind' }] });
      expect(await countRows('residency_evidence_documents', 'application_id = $1', [applicationId])).toBe(0);
    });

    it('submitting without any document', async () => {
      const response = await submitApplication(app, token, applicationId, 'de');
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EVIDENCE_REQUIRED' });
      expect(response.errors?.[0].message).toBe('Bitte laden Sie mindestens einen Nachweis hoch, bevor Sie den Antrag absenden.');
      expect(await countRows('residency_applications', "id = $1 AND status = 'draft'", [applicationId])).toBe(1);
    });
  });

  describe('applications with missing facts are refused, and nothing is stored', () => {
    const cases: [keyof typeof APPLICATION_INPUTS, string][] = [
      ['student', 'student'],
      ['commuter', 'commuter'],
      ['second_home', 'secondHome'],
      ['former_resident', 'formerResident'],
    ];

    it.each(cases)('%s without its facts', async (category, factsKey) => {
      const applicant = await signedInAccount(app, uniqueEmail('lng-de'), STRONG_PASSWORD, 'de');
      const { [factsKey as 'student']: _omitted, ...withoutFacts } = APPLICATION_INPUTS[category] as Record<string, unknown>;
      const response = await createApplication(app, applicant.token, withoutFacts, 'de');
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [{ field: factsKey, message: 'Bitte machen Sie die Angaben zu der gewählten Kategorie.' }],
      });
      expect(await countRows('residency_applications', 'account_id = (SELECT id FROM accounts WHERE email = $1)', [applicant.email])).toBe(
        0,
      );
    });

    it('a single missing fact, dates in the wrong order or the future, no consent', async () => {
      const applicant = await signedInAccount(app);
      const student = APPLICATION_INPUTS.student;
      const missingUniversity = await createApplication(app, applicant.token, {
        ...student,
        student: { ...student.student, university: '  ' },
      });
      expect(missingUniversity.errors?.[0].extensions.details).toEqual([
        expect.objectContaining({ field: 'student.university', message: 'Please fill in this field.' }),
      ]);
      const reversed = await createApplication(app, applicant.token, {
        ...student,
        student: { ...student.student, enrolmentUntil: '2001-01-01' },
      });
      expect(reversed.errors?.[0].extensions.details).toEqual([
        expect.objectContaining({ field: 'student.enrolmentUntil', message: 'The end date must not be before the start date.' }),
      ]);
      const badDate = await createApplication(app, applicant.token, {
        ...student,
        student: { ...student.student, enrolmentFrom: '2025-02-30' },
      });
      expect(badDate.errors?.[0].extensions.details?.[0].field).toBe('student.enrolmentFrom');
      const secondHome = APPLICATION_INPUTS.second_home;
      const future = await createApplication(app, applicant.token, {
        ...secondHome,
        secondHome: { ...secondHome.secondHome, registeredOn: '2999-01-01' },
      });
      expect(future.errors?.[0].extensions.details).toEqual([
        expect.objectContaining({ field: 'secondHome.registeredOn', message: 'This date must not be in the future.' }),
      ]);
      const noConsent = await createApplication(app, applicant.token, { ...student, consent: false });
      expect(noConsent.errors?.[0].extensions.details).toEqual([expect.objectContaining({ field: 'consent' })]);
      expect(await countRows('residency_applications', 'account_id = (SELECT id FROM accounts WHERE email = $1)', [applicant.email])).toBe(
        0,
      );
    });
  });

  it('refuses a second active application in the same category, and allows another category', async () => {
    const applicant = await signedInAccount(app, uniqueEmail('lng-de'), STRONG_PASSWORD, 'de');
    expect((await createApplication(app, applicant.token)).data).toBeTruthy();
    const second = await createApplication(app, applicant.token, APPLICATION_INPUTS.student, 'de');
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPLICATION_EXISTS' });
    expect(second.errors?.[0].message).toBe('Sie haben in dieser Kategorie bereits einen offenen Antrag. Bitte setzen Sie diesen fort.');
    expect(
      await countRows('residency_applications', "account_id = (SELECT id FROM accounts WHERE email = $1) AND category = 'student'", [
        applicant.email,
      ]),
    ).toBe(1);
    const other = await createApplication(app, applicant.token, { ...APPLICATION_INPUTS.second_home });
    expect(other.data?.createResidencyApplication.status).toBe('draft');
  });

  it('lets the applicant change and discard a draft (documents included)', async () => {
    const applicant = await signedInAccount(app);
    const id = (await createApplication(app, applicant.token)).data.createResidencyApplication.id;
    const { district: _district, category: _category, ...details } = APPLICATION_INPUTS.student;
    const updated = await graphql<any>(
      app,
      'mutation($id: ID!, $input: ResidencyApplicationDetailsInput!) { updateResidencyApplication(id: $id, input: $input) { district familyName } }',
      { id, input: { ...details, district: 'wattenscheid', familyName: 'Beispiel' } },
      { token: applicant.token },
    );
    expect(updated.data.updateResidencyApplication).toEqual({ district: 'wattenscheid', familyName: 'Beispiel' });
    const upload = await uploadEvidence(app, applicant.token, id, SAMPLE_PDF);
    const removed = await graphql<any>(
      app,
      'mutation($id: ID!) { removeResidencyEvidence(id: $id) }',
      { id: upload.body.id },
      { token: applicant.token },
    );
    expect(removed.data.removeResidencyEvidence).toBe(true);
    await uploadEvidence(app, applicant.token, id, SAMPLE_PDF);
    const filesBefore = evidenceFiles().length;
    const discarded = await graphql<any>(
      app,
      'mutation($id: ID!) { discardResidencyApplication(id: $id) }',
      { id },
      { token: applicant.token },
    );
    expect(discarded.data.discardResidencyApplication).toBe(true);
    expect(await countRows('residency_applications', 'id = $1', [id])).toBe(0);
    expect(evidenceFiles().length).toBe(filesBefore - 1);
  });

  it('ends an expired residency: role removed, address released for good, e-mail, and a new application gets a new mailbox', async () => {
    const applicant = await signedInAccount(app);
    await verifyIdentityForTest(app, applicant.account.id as string, 'substantial', {
      givenName: 'Erika',
      familyName: 'Musterfrau',
      method: 'video',
    });
    const id = (await createApplication(app, applicant.token)).data.createResidencyApplication.id;
    await uploadEvidence(app, applicant.token, id, SAMPLE_PDF);
    await submitApplication(app, applicant.token, id);
    const [allocation] = await app.sql<{ id: string; mailbox_number: number }>(
      'SELECT id, mailbox_number FROM address_allocations WHERE holder_account_id = (SELECT id FROM accounts WHERE email = $1)',
      [applicant.email],
    );
    await app.sql(
      "UPDATE residencies SET valid_until = now() - interval '1 minute' WHERE account_id = (SELECT id FROM accounts WHERE email = $1)",
      [applicant.email],
    );

    expect(await app.app.get(ResidencyLifecycleService).endExpired()).toBeGreaterThanOrEqual(1);
    const [account] = await app.sql<{ roles: string }>('SELECT roles::text FROM accounts WHERE email = $1', [applicant.email]);
    expect(account.roles).toBe('{}');
    expect(await countRows('address_allocations', 'id = $1 AND released_at IS NOT NULL', [allocation.id])).toBe(1);
    expect(
      await countRows(
        'residencies',
        "account_id = (SELECT id FROM accounts WHERE email = $1) AND status = 'ended' AND end_reason = 'expired'",
        [applicant.email],
      ),
    ).toBe(1);
    expect((await app.mailbox.list(applicant.email)).some((mail) => mail.template === 'residency_ended')).toBe(true);
    const none = await graphql<any>(app, '{ myResidency { id } myVirtualAddress { id } }', {}, { token: applicant.token });
    expect(none.data).toEqual({ myResidency: null, myVirtualAddress: null });
    expect(await app.app.get(ResidencyLifecycleService).endExpired()).toBe(0);

    const again = (await createApplication(app, applicant.token)).data.createResidencyApplication.id;
    await uploadEvidence(app, applicant.token, again, SAMPLE_PDF);
    await submitApplication(app, applicant.token, again);
    const renewed = await graphql<any>(app, '{ myVirtualAddress { mailboxNumber } }', {}, { token: applicant.token });
    expect(renewed.data.myVirtualAddress.mailboxNumber).not.toBe(allocation.mailbox_number);
  });
});
