import { fileTypeFromBuffer } from 'file-type';

/** What an article image may be, recognised by its content (magic bytes), never by its name. */
export const NEWS_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const NEWS_IMAGE_MAX_BYTES = 2 * 1024 * 1024;

export async function detectNewsImageType(content: Uint8Array): Promise<string | null> {
  const detected = await fileTypeFromBuffer(content);
  return detected && (NEWS_IMAGE_TYPES as readonly string[]).includes(detected.mime) ? detected.mime : null;
}
