import { escapeHtml } from '../../../common/html/escape-html.js';

export interface SandboxForm {
  givenName?: string;
  familyName?: string;
  birthDate?: string;
  nationality?: string;
  placeOfBirth?: string;
}

const LABELS: Record<keyof SandboxForm, string> = {
  givenName: 'Given name(s) on the document',
  familyName: 'Family name on the document',
  birthDate: 'Date of birth (YYYY-MM-DD)',
  nationality: 'Nationality (ISO code, e.g. FR)',
  placeOfBirth: 'Place of birth (optional)',
};

const page = (body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Video identification sandbox</title>
<style>
body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
.banner{background:#fff3cd;border:1px solid #e0c060;padding:.5rem .75rem;margin-bottom:1rem}
label{display:block;margin:.75rem 0 .25rem;font-weight:600}
input{font-size:1rem;padding:.4rem;width:100%;box-sizing:border-box}
.error{color:#a00;font-weight:400}
button{font-size:1rem;padding:.6rem 1.2rem;margin-top:1rem}
</style></head><body>
<p class="banner" role="note">Local video identification sandbox — no real video call, no real identity check.
A name containing “Reject” is rejected; anything else is approved (level substantial) after a short delay.</p>
${body}
</body></html>`;

export function sandboxCallPage(reference: string, form: SandboxForm, problems: string[]): string {
  const inputs = (Object.keys(LABELS) as (keyof SandboxForm)[])
    .map((name) => {
      const invalid = problems.includes(name);
      return `<label for="${name}">${escapeHtml(LABELS[name])}${invalid ? ' <span class="error">— please check</span>' : ''}</label>
<input id="${name}" name="${name}" data-testid="video-sandbox-${name}" value="${escapeHtml(form[name] ?? '')}"${invalid ? ' aria-invalid="true"' : ''}${name === 'birthDate' ? ' type="date"' : ''}>`;
    })
    .join('\n');
  return page(`<h1>Video call with the identification agent</h1>
<p>Hold your identity document to the camera. For this sandbox, enter what the document shows.</p>
<form method="post" action="/dev/video-ident-sandbox/sessions/${encodeURIComponent(reference)}">
${inputs}
<button type="submit" data-testid="video-sandbox-submit">End call and submit</button>
</form>`);
}

export function sandboxMessagePage(message: string): string {
  return page(`<p data-testid="video-sandbox-message">${escapeHtml(message)}</p>`);
}
