import path from 'node:path';

/**
 * Characters that reorder or hide text: bidi embeddings, overrides and isolates (a name such as
 * `invoice‮fdp.exe` shows as `invoiceexe.pdf`), and the invisible marks.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Control characters, lone surrogates and what file systems refuse. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f"<>|:*?\\/]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The extension a document of each media type accepted anywhere on the platform is saved with. */
const EXTENSION_OF: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/tiff': 'tif',
  'application/zip': 'zip',
  'application/xml': 'xml',
  'text/plain': 'txt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/msword': 'doc',
  'application/x-cfb': 'doc',
  'application/vnd.ms-excel': 'xls',
};

/** Removes bidi controls, control characters and path separators from an uploaded name (no more). */
export function stripUnsafeNameCharacters(name: string): string {
  return name.replace(BIDI_CONTROLS, '').replace(UNSAFE, '_');
}

/**
 * The name an uploaded document is kept and offered for download under: the uploader's base name
 * without bidi controls or unsafe characters, and always the extension of the media type detected
 * from its content, so that `poly.html` holding a PDF is kept as `poly.pdf` (the name never decides
 * how a download is opened). `fallback` names a document without a usable name.
 */
export function uploadFileName(name: string | undefined, mediaType: string, fallback: string): string {
  const base = path.posix.basename((name ?? '').replace(/\\/g, '/'));
  const cleaned = stripUnsafeNameCharacters(base).trim();
  const extension = EXTENSION_OF[mediaType.toLowerCase()];
  const dot = cleaned.lastIndexOf('.');
  // No hidden names (a leading dot) and no name that is only an extension.
  const stem = (dot >= 0 ? cleaned.slice(0, dot) : cleaned).replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 190) || fallback;
  return extension ? `${stem}.${extension}` : stem;
}
