import { XMLParser } from 'fast-xml-parser';
import { WzFileError } from './wz-genericode.js';

/** Which WZ 2008 subclasses each WZ 2025 subclass takes over (Destatis correspondence table, ClaSet XML). */
export interface WzCorrespondence {
  /** WZ 2025 subclass → WZ 2008 subclasses. */
  toWz2008: Map<string, string[]>;
  /** WZ 2008 subclass → WZ 2025 subclasses. */
  toWz2025: Map<string, string[]>;
}

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * Reads `WZ2025-…-Correspondences.xml`: every `Item` of level 5 with its `Property genericName="wz2008"`
 * whose `PropertyText type="Content"` is the WZ 2008 code it takes over (several items: a split or a merge).
 */
export function parseWzCorrespondence(xml: string): WzCorrespondence {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: true });
  let document: any;
  try {
    document = parser.parse(xml);
  } catch (error) {
    throw new WzFileError(`not XML: ${(error as Error).message}`);
  }
  const items = asArray<any>(document?.Claset?.Classification?.Item);
  if (!items.length) throw new WzFileError('not a WZ correspondence table (Claset/Classification/Item missing)');
  const toWz2008 = new Map<string, string[]>();
  const toWz2025 = new Map<string, string[]>();
  for (const item of items) {
    if (item['@_idLevel'] !== '5') continue;
    const code = String(item['@_id']);
    const olds = new Set<string>();
    for (const property of asArray<any>(item.Property)) {
      if (property['@_genericName'] !== 'wz2008') continue;
      for (const qualifier of asArray<any>(property.PropertyQualifier))
        for (const text of asArray<any>(qualifier.PropertyText))
          if (text['@_type'] === 'Content' && typeof text['#text'] === 'string') olds.add(text['#text'].trim());
    }
    toWz2008.set(code, [...olds]);
    for (const old of olds) toWz2025.set(old, [...(toWz2025.get(old) ?? []), code]);
  }
  return { toWz2008, toWz2025 };
}
