import type { TradeRegistrationView } from './trade-registration.service.js';
import { BusinessScope, EstablishmentKindOfTrade } from './trade-registration-status.js';
import type { WzCorrespondence } from './wz/wz-correspondence.js';

/** The version of the documented export format (docs/trade-registration-export.md, …schema.json). */
export const TRADE_REGISTRATION_EXPORT_FORMAT = 'bochum-eresidency/gewerbeanzeige-export';
export const TRADE_REGISTRATION_EXPORT_VERSION = '1.0';

export const exportUrl = (registrationId: string) => `/api/trade-registrations/${registrationId}/export.json`;

/** The registering authority: Bochum's trade office, with its official municipality key (AGS). */
const AUTHOR = { behoerdenname: 'Stadt Bochum, Gewerbeamt', gemeindeSchluessel: '05911000' } as const;

/** XGewerbeanzeige code list "Art der Niederlassung" (B.4): 1 Hauptniederlassung, 2 Zweigniederlassung, 3 unselbstständige Zweigstelle. */
const NIEDERLASSUNG_ART: Record<EstablishmentKindOfTrade, { code: string; bezeichnung: string }> = {
  [EstablishmentKindOfTrade.hauptniederlassung]: { code: '1', bezeichnung: 'Hauptniederlassung' },
  [EstablishmentKindOfTrade.zweigniederlassung]: { code: '2', bezeichnung: 'Zweigniederlassung' },
  [EstablishmentKindOfTrade.unselbststaendige_zweigstelle]: { code: '3', bezeichnung: 'Unselbstständige Zweigstelle' },
};

export interface TradeRegistrationExport {
  format: typeof TRADE_REGISTRATION_EXPORT_FORMAT;
  formatVersion: typeof TRADE_REGISTRATION_EXPORT_VERSION;
  angelehntAn: { standard: 'XGewerbeanzeige'; version: '2.2'; nachricht: 'abh.gewerbemeldung.0500'; schemaValidiert: false };
  nachrichtUUID: string;
  erstellungszeitpunkt: string;
  autor: typeof AUTHOR;
  anmeldung: {
    uuid: string;
    gemeindeMeldungNr: string;
    gewerbebetriebID: string;
    datumMeldung: string;
    eingetragenAm: string;
    gueltigAb: string;
    grundAnmeldung: { code: '01'; bezeichnung: 'Neuerrichtung' };
    betrieb: {
      eingetragenerName: string;
      rechtsform: string;
      sitzStaat: string;
      registergericht: string | null;
      eintragungNr: string | null;
      sitzAnschrift: { strasse: string; plz: string; ort: string; staat: string };
    };
    niederlassungArt: { code: string; bezeichnung: string };
    istNebenerwerb: boolean;
    anzahlVollzeitBeschaeftigte: number;
    anzahlTeilzeitBeschaeftigte: number;
    betriebsstaetteAnschrift: string[];
    beteiligtePersonen: {
      personFunktion: string;
      familienname: string;
      vorname: string;
      geburtsdatum: string;
      geburtsort: string | null;
      staatsangehoerigkeit: string;
    }[];
    taetigkeit: {
      taetigkeitSchwerpunkt: string;
      taetigkeitSchluessel: string;
      wzCode: string;
      wzTitel: string;
      wzAusgabe: string;
      entsprechungen: { ausgabe: string; codes: string[] } | null;
    };
    erlaubnisse: { art: string; behoerde: string; erteiltAm: string }[];
  };
}

/**
 * A registered trade as a structured message for the bodies that receive trade notifications
 * (chamber, statistics office, …): the content of an XGewerbeanzeige registration message in a
 * documented JSON form, its WZ code also as the correspondences in the other edition.
 */
export function buildTradeRegistrationExport(
  view: TradeRegistrationView,
  correspondence: WzCorrespondence,
  messageId: string,
  now: Date,
): TradeRegistrationExport {
  const { registration: r, operator, persons, businessAddressLines } = view;
  if (
    !r.establishmentKind ||
    !r.registrationNumber ||
    !r.registeredAt ||
    !r.submittedAt ||
    !r.wzCode ||
    !r.wzTitle ||
    !r.wzEdition ||
    !r.startDate
  )
    throw new Error(`trade registration ${r.id} is not complete enough to export`);
  const edition = r.wzEdition.startsWith('WZ 2025') ? 'WZ 2025' : r.wzEdition.startsWith('WZ 2008') ? 'WZ 2008' : null;
  const other =
    edition === 'WZ 2008'
      ? correspondence.toWz2025.get(r.wzCode)
      : edition === 'WZ 2025'
        ? correspondence.toWz2008.get(r.wzCode)
        : undefined;
  return {
    format: TRADE_REGISTRATION_EXPORT_FORMAT,
    formatVersion: TRADE_REGISTRATION_EXPORT_VERSION,
    angelehntAn: { standard: 'XGewerbeanzeige', version: '2.2', nachricht: 'abh.gewerbemeldung.0500', schemaValidiert: false },
    nachrichtUUID: messageId,
    erstellungszeitpunkt: now.toISOString(),
    autor: AUTHOR,
    anmeldung: {
      uuid: r.id,
      gemeindeMeldungNr: r.registrationNumber,
      gewerbebetriebID: r.establishmentId,
      datumMeldung: r.submittedAt.toISOString().slice(0, 10),
      eingetragenAm: r.registeredAt.toISOString(),
      gueltigAb: r.startDate,
      grundAnmeldung: { code: '01', bezeichnung: 'Neuerrichtung' },
      betrieb: {
        eingetragenerName: operator.legalName,
        rechtsform: operator.legalForm,
        sitzStaat: operator.countryCode,
        registergericht: operator.registerName,
        eintragungNr: operator.registerNumber,
        sitzAnschrift: {
          strasse: operator.headOffice.street,
          plz: operator.headOffice.postcode,
          ort: operator.headOffice.city,
          staat: operator.headOffice.countryCode,
        },
      },
      niederlassungArt: NIEDERLASSUNG_ART[r.establishmentKind],
      istNebenerwerb: r.businessScope === BusinessScope.side_business,
      anzahlVollzeitBeschaeftigte: r.employeesFullTime,
      anzahlTeilzeitBeschaeftigte: r.employeesPartTime,
      betriebsstaetteAnschrift: businessAddressLines,
      beteiligtePersonen: persons.map((person) => ({
        personFunktion: person.role,
        familienname: person.familyName,
        vorname: person.givenName,
        geburtsdatum: person.birthDate,
        geburtsort: person.placeOfBirth,
        staatsangehoerigkeit: person.nationality,
      })),
      taetigkeit: {
        taetigkeitSchwerpunkt: r.activityDescription,
        taetigkeitSchluessel: r.wzCode.replace(/\./g, ''),
        wzCode: r.wzCode,
        wzTitel: r.wzTitle,
        wzAusgabe: r.wzEdition,
        entsprechungen: other?.length ? { ausgabe: edition === 'WZ 2008' ? 'WZ 2025' : 'WZ 2008', codes: other } : null,
      },
      erlaubnisse: r.permits.map((permit) => ({ art: permit.kind, behoerde: permit.authority, erteiltAm: permit.issuedOn })),
    },
  };
}
