/** Han, Hiragana, Katakana and Hangul: scripts whose names are written family name first, without a space. */
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A person's full name as it is written in the name's own script: "Łukasz Şahin", "محمد الأحمد",
 * but "王小明" (family name first, no space) for Chinese, Japanese and Korean names.
 */
export function fullName(name: { givenName?: string | null; familyName?: string | null }): string {
  const given = name.givenName?.trim() ?? '';
  const family = name.familyName?.trim() ?? '';
  if (EAST_ASIAN.test(given) && EAST_ASIAN.test(family)) return `${family}${given}`;
  return [given, family].filter(Boolean).join(' ');
}
