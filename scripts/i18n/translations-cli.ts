import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUTHORITATIVE_LANGUAGE, LANGUAGE_CODES } from '../../packages/shared/src/languages.ts';
import { readFileSync } from 'node:fs';
import {
  catalogueProblems,
  describeProblem,
  mergeTranslations,
  messagesToTranslate,
  readRecord,
  stampTranslations,
  writeRecord,
} from './translation-status.ts';

/**
 * npm run i18n:status                     every problem of every language (exit 1 when there is one)
 * npm run i18n:outdated [-- <lng>]        translations whose German text changed since they were made
 * npm run i18n:stamp -- <lng> [ns:key…]   record that translations were made from today's German text
 * npm run i18n:review -- <lng> ns:key…    record that a person reviewed these translations
 * npm run i18n:todo -- <lng>              the German (and English) texts a language lacks or has outdated, as JSON
 * npm run i18n:merge -- <lng> <file.json>  write `{ "ns:key": "text" }` into the catalogues and stamp those keys
 */
const localesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');
const [command, language, ...keys] = process.argv.slice(2);
const translations = LANGUAGE_CODES.filter((code) => code !== AUTHORITATIVE_LANGUAGE);

function requireLanguage(): string {
  if (!language || !translations.includes(language)) {
    console.error(`Name one of the translated languages: ${translations.join(', ')}`);
    process.exit(2);
  }
  return language;
}

switch (command) {
  case 'status': {
    const problems = [AUTHORITATIVE_LANGUAGE, ...translations].flatMap((code) => catalogueProblems(localesDir, code));
    for (const problem of problems) console.log(describeProblem(problem));
    console.log(
      problems.length === 0 ? `All ${translations.length} translations are complete and current.` : `${problems.length} problems`,
    );
    process.exitCode = problems.length === 0 ? 0 : 1;
    break;
  }
  case 'outdated': {
    const languages = language ? [requireLanguage()] : translations;
    const outdated = languages.flatMap((code) => catalogueProblems(localesDir, code)).filter((problem) => problem.kind === 'outdated');
    for (const problem of outdated) console.log(describeProblem(problem));
    console.log(`${outdated.length} outdated translations`);
    break;
  }
  case 'stamp': {
    const stamped = stampTranslations(localesDir, requireLanguage(), keys.length > 0 ? keys : undefined);
    console.log(`${stamped.length} translations of ${language} recorded as made from today's German text`);
    break;
  }
  case 'review': {
    const record = readRecord(localesDir, requireLanguage());
    record.reviewed.push(...keys);
    writeRecord(localesDir, record);
    console.log(`${keys.length} translations of ${language} marked as reviewed`);
    break;
  }
  case 'todo': {
    console.log(JSON.stringify(messagesToTranslate(localesDir, requireLanguage()), null, 2));
    break;
  }
  case 'merge': {
    const translations = JSON.parse(readFileSync(keys[0], 'utf8')) as Record<string, string>;
    const stamped = mergeTranslations(localesDir, requireLanguage(), translations);
    console.log(`${stamped.length} messages of ${language} written and recorded`);
    break;
  }
  default:
    console.error(
      'Usage: translations-cli.ts status | outdated [lng] | stamp <lng> [ns:key…] | review <lng> ns:key… | todo <lng> | merge <lng> <file>',
    );
    process.exitCode = 2;
}
