import { signedInAccount } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { verifyWithDevEid } from './support/identity-verification.js';
import { APPLICATION_INPUTS, createApplication, SAMPLE_PDF, submitApplication, uploadEvidence } from './support/residency.js';
import { startServer, type RunningServer } from './support/running-server.js';

/** The eID step inside the residency application: back to the application, and a clear case is approved at once. */
describe('residency application: proving the identity with eID on the way', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ JOBS_WORKERS: '0' });
  });

  afterAll(async () => {
    await server.close();
  });

  it('returns to the draft after the eID, and the submitted application is approved by the rules with the verified name', async () => {
    const person = await signedInAccount(server);
    const id = (
      await createApplication(server, person.token, { ...APPLICATION_INPUTS.commuter, givenName: 'Camile', familyName: 'Dubios' })
    ).data.createResidencyApplication.id as string;
    expect((await uploadEvidence(server, person.token, id, SAMPLE_PDF, 'letter.pdf', 'employer_letter')).status).toBe(201);

    // Without the eID step the typed name goes to staff; with it, back to the application …
    const landing = await verifyWithDevEid(server, person.token, 'camille', `/residency/applications/${id}`);
    expect(landing.pathname).toBe(`/residency/applications/${id}`);
    expect(landing.searchParams.get('identityResult')).toBe('verified');

    // … and the clear case is approved at once, under the name the eID confirmed.
    const submitted = await submitApplication(server, person.token, id);
    expect(submitted.data.submitResidencyApplication).toMatchObject({ status: 'approved', decidedAutomatically: true });
    const residency = await graphql<any>(server, '{ myVirtualAddress { lines } }', {}, { token: person.token });
    expect(residency.data.myVirtualAddress.lines[0]).toBe('Camille Dubois');
  });

  it('without the eID step, the same application waits for staff', async () => {
    const person = await signedInAccount(server);
    await server.sql("UPDATE accounts SET assurance_level = 'high' WHERE id = $1", [person.account.id]);
    const id = (await createApplication(server, person.token, APPLICATION_INPUTS.commuter)).data.createResidencyApplication.id as string;
    await uploadEvidence(server, person.token, id, SAMPLE_PDF, 'letter.pdf', 'employer_letter');
    expect((await submitApplication(server, person.token, id)).data.submitResidencyApplication).toMatchObject({
      status: 'submitted',
      decidedAutomatically: false,
    });
  });
});
