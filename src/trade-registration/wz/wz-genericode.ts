import { XMLParser } from 'fast-xml-parser';
import { normaliseWz } from './wz-search-text.js';

export interface ParsedWzCode {
  code: string;
  level: number;
  parentCode: string | null;
  title: string;
  longTitle: string | null;
  searchText: string;
}

export interface ParsedWzEdition {
  classification: string;
  version: string;
  longName: string;
  codes: ParsedWzCode[];
}

export class WzFileError extends Error {}

interface GcValue {
  '@_ColumnRef': string;
  SimpleValue?: string | number;
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value)).replace(/\s+/g, ' ').trim();

/**
 * The published version of a WZ genericode file, read from its `<Identification>` alone (the start of
 * the document), without parsing its thousands of rows: what a start needs to see whether the built-in
 * edition is loaded already. Null when the file has no such header.
 */
export function readWzGenericodeVersion(xml: string): string | null {
  const root = /<((?:[\w-]+:)?CodeList)[\s>]/.exec(xml);
  const end = /<\/(?:[\w-]+:)?Identification>/.exec(xml);
  if (!root || !end) return null;
  const head = `${xml.slice(0, end.index + end[0].length)}</${root[1]}>`;
  const document = new XMLParser({ removeNSPrefix: true, parseTagValue: false, trimValues: true }).parse(head) as {
    CodeList?: { Identification?: { Version?: unknown } };
  };
  return text(document.CodeList?.Identification?.Version) || null;
}

/**
 * Reads an XÖV genericode file of the WZ classification (Destatis, via XRepository): every `<Row>`
 * with its `ItemCode`, `ItemEbene` (1 section … 5 subclass) and titles. Parents follow from the
 * order of the rows: a row's parent is the last row one level above it.
 */
export function parseWzGenericode(xml: string): ParsedWzEdition {
  const parser = new XMLParser({
    ignoreAttributes: false,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => name === 'Row' || name === 'Value',
  });
  let document: any;
  try {
    document = parser.parse(xml);
  } catch (error) {
    throw new WzFileError(`not XML: ${(error as Error).message}`);
  }
  const list = document?.CodeList;
  const identification = list?.Identification;
  const rows: { Value?: GcValue[] }[] | undefined = list?.SimpleCodeList?.Row;
  if (!identification || !Array.isArray(rows))
    throw new WzFileError('not a genericode code list (CodeList/Identification/SimpleCodeList missing)');
  const shortName = text(identification.ShortName).replace(/^\./, '');
  const version = text(identification.Version);
  if (!/^WZ_\d{4}$/.test(shortName) || !version) throw new WzFileError(`not a WZ code list (ShortName ${shortName || 'missing'})`);
  const lastAtLevel: (string | null)[] = [];
  const seen = new Set<string>();
  const codes: ParsedWzCode[] = rows.map((row, index) => {
    const values = new Map((row.Value ?? []).map((value) => [value['@_ColumnRef'], text(value.SimpleValue)]));
    const code = values.get('ItemCode') ?? '';
    const level = Number(values.get('ItemEbene'));
    const title = values.get('ItemOffiziellerTitel') ?? '';
    if (!code || !title || !Number.isInteger(level) || level < 1 || level > 5)
      throw new WzFileError(`row ${index + 1}: code, level or title missing`);
    if (seen.has(code)) throw new WzFileError(`row ${index + 1}: code ${code} twice`);
    seen.add(code);
    const parentCode = level === 1 ? null : (lastAtLevel[level - 1] ?? null);
    if (level > 1 && !parentCode) throw new WzFileError(`row ${index + 1}: ${code} has no parent`);
    lastAtLevel[level] = code;
    lastAtLevel.length = level + 1;
    const longTitle = values.get('ItemLangtitel') || null;
    return {
      code,
      level,
      parentCode,
      title,
      longTitle: longTitle && longTitle !== title ? longTitle : null,
      searchText: normaliseWz(longTitle && longTitle !== title ? `${title} ${longTitle}` : title),
    };
  });
  return { classification: shortName.replace('_', ' '), version, longName: text(identification.LongName) || shortName, codes };
}
