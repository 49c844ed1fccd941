import { signedInAccount } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { jobsSettled } from './support/payments.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const SUBMIT = 'mutation($input: AccessibilityFeedbackInput!) { submitAccessibilityFeedback(input: $input) { reference receivedAt } }';
const CONTACT = 'a11y-contact@bochum.example';

describe('legal: feedback on accessibility (BITV 2.0)', () => {
  let app: TestApp;
  const stored = async () =>
    app.sql<{ message: string; email: string | null; page_url: string | null; language: string }>(
      'SELECT message, email, page_url, language FROM accessibility_feedback ORDER BY created_at',
    );

  beforeAll(async () => {
    app = await createTestApp({ LEGAL_ACCESSIBILITY_CONTACT_EMAIL: CONTACT, LEGAL_FEEDBACK_PER_HOUR: '4' });
  });

  afterAll(async () => {
    await jobsSettled(app);
    await app.close();
  });

  it('refuses unusable feedback with localized field errors and stores nothing', async () => {
    const cases = [
      [{ message: 'too short' }, 'message'],
      [{ message: ' '.repeat(20) }, 'message'],
      [{ message: 'x'.repeat(5001) }, 'message'],
      [{ message: 'The contrast of the buttons is too low.', email: 'not-an-address' }, 'email'],
      [{ message: 'The contrast of the buttons is too low.', pageUrl: 'https://evil.example/' }, 'pageUrl'],
      [{ message: 'The contrast of the buttons is too low.', pageUrl: '//evil.example/' }, 'pageUrl'],
    ] as const;
    for (const [input, field] of cases) {
      const response = await graphql<any>(app, SUBMIT, { input }, { language: 'de' });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: [expect.objectContaining({ field })] });
    }
    const german = await graphql<any>(app, SUBMIT, { input: { message: 'kurz' } }, { language: 'de' });
    expect((german.errors?.[0].extensions as { details: { message: string }[] }).details[0].message).toBe(
      'Bitte verwenden Sie mindestens 10 Zeichen.',
    );
    expect(await stored()).toEqual([]);
  });

  it('takes anonymous feedback, stores it and sends it to the accessibility contact through the outbox', async () => {
    const response = await graphql<any>(
      app,
      SUBMIT,
      { input: { message: '  Der Kalender lässt sich nicht mit der Tastatur bedienen.  ', pageUrl: '/events', email: '' } },
      { language: 'tr' },
    );
    expect(response.errors).toBeUndefined();
    const { reference } = response.data.submitAccessibilityFeedback;
    expect(await stored()).toEqual([
      { message: 'Der Kalender lässt sich nicht mit der Tastatur bedienen.', email: null, page_url: '/events', language: 'tr' },
    ]);
    const [mail] = await app.mailbox.list(CONTACT);
    expect(mail).toMatchObject({ template: 'legal.accessibility_feedback', language: 'de' });
    expect(mail.subject).toBe(`Rückmeldung zur Barrierefreiheit ${reference}`);
    expect(mail.text).toContain('Der Kalender lässt sich nicht mit der Tastatur bedienen.');
    expect(mail.text).toContain('anonym (keine E-Mail-Adresse angegeben)');
    expect(mail.text).toContain('/events');
  });

  it('takes feedback with an address for the answer, signed in or not', async () => {
    const person = await signedInAccount(app);
    const response = await graphql<any>(
      app,
      SUBMIT,
      { input: { message: 'The PDF receipt cannot be read by my screen reader.', email: ' reader@example.org ' } },
      { token: person.token },
    );
    expect(response.errors).toBeUndefined();
    expect((await stored()).at(-1)).toMatchObject({ email: 'reader@example.org', page_url: null });
    const mails = await app.mailbox.list(CONTACT);
    expect(mails[0]?.text).toContain('reader@example.org');
  });

  it('limits how much feedback one client sends, with RATE_LIMITED and nothing stored beyond it', async () => {
    const answers: string[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await graphql<any>(app, SUBMIT, { input: { message: `Barrier number ${attempt} on the card page.` } });
      answers.push(response.errors?.[0].extensions.code ?? 'OK');
    }
    // Four per hour: two were used above (validation failures do not count), so two more pass.
    expect(answers).toEqual(['OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(await stored()).toHaveLength(4);
  });
});
