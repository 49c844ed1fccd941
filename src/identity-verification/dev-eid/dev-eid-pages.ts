import { escapeHtml } from '../../common/html/escape-html.js';
import { DEV_EID_IDENTITIES } from './dev-eid-identities.js';

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
.banner{background:#fff3cd;border:1px solid #e0c060;padding:.5rem .75rem;margin-bottom:1rem}
label{display:block;border:1px solid #bbb;border-radius:4px;padding:.75rem;margin:.5rem 0;cursor:pointer}
button{font-size:1rem;padding:.6rem 1.2rem;margin:.5rem .5rem 0 0}
</style></head><body>
<p class="banner" role="note">Development eID service — test identities only, not a real identification.</p>
${body}
</body></html>`;

/** The eID "reader": the tester picks which test identity the card would transmit. */
export function identityPickerPage(action: string, clientName: string): string {
  const options = DEV_EID_IDENTITIES.map(
    (identity, index) => `<label data-testid="eid-identity-${escapeHtml(identity.key)}">
<input type="radio" name="identity" value="${escapeHtml(identity.key)}"${index === 0 ? ' checked' : ''}>
<strong>${escapeHtml(`${identity.claims.given_name} ${identity.claims.family_name}`)}</strong> — ${escapeHtml(identity.label)}
</label>`,
  ).join('\n');
  return page(
    'Development eID service',
    `<h1>Identify with your eID</h1>
<p>${escapeHtml(clientName)} asks for your name, date and place of birth and nationality.</p>
<form method="post" action="${escapeHtml(action)}">
<fieldset><legend>Test identity on the card</legend>
${options}
</fieldset>
<button type="submit" name="decision" value="confirm" data-testid="eid-confirm">Transmit data</button>
<button type="submit" name="decision" value="cancel" data-testid="eid-cancel">Cancel</button>
</form>`,
  );
}

export function errorPage(error: string, description: string | undefined): string {
  return page(
    'Development eID service',
    `<h1>eID error</h1><p data-testid="eid-error">${escapeHtml(error)}${description ? `: ${escapeHtml(description)}` : ''}</p>`,
  );
}
