import type { Document } from 'docx';
import {
  ACTIE_STATUS_LABEL,
  BIJEENKOMST_SOORT_LABEL,
  isVerlopen,
} from '../../../shared/domain/bijeenkomsten';
import {
  aanwezigeNaam,
  actieRegel,
  type Vergaderstukken,
  vergaderstukkenInhoud,
} from '../../../shared/domain/vergaderstukken';
import { formatDatum, formatDatumLang } from '../../../shared/format/nl';
import { nu } from '../../../shared/klok';
import { alinea, kop, tabel, wordDocument } from './huisstijl';

/** Light red, as the screen and the Excel actielijst mark an overdue action. */
const VERLOPEN_VULLING = 'F8CBAD';

/**
 * "Vergaderstukken" for one meeting as one Word document, ready to edit and send: the agenda with
 * notes and attendees, then the besluitenlijst and the actielijst. Same selection as the workbook
 * (shared/domain/vergaderstukken.ts).
 */
export function vergaderstukkenDocument(
  s: Vergaderstukken,
  werkgroep: string,
  vandaag: string,
  gemaaktOp = nu(),
): Document {
  const inhoud = vergaderstukkenInhoud(s, vandaag);
  const b = inhoud.bijeenkomst;
  const wanneer = [formatDatumLang(b.datum), b.tijd && `om ${b.tijd}`].filter(Boolean).join(' ');
  const namen = (lijst: typeof inhoud.aanwezig) => lijst.map(aanwezigeNaam).join(', ');
  return wordDocument({
    titel: `Vergaderstukken ${BIJEENKOMST_SOORT_LABEL[b.soort].toLowerCase()}`,
    werkgroep,
    gemaaktOp,
    inhoud: [
      alinea(wanneer, { vet: 'Datum: ' }),
      ...(b.plaats ? [alinea(b.plaats, { vet: 'Plaats: ' })] : []),
      alinea(namen(inhoud.aanwezig) || 'nog niet bijgehouden', { vet: 'Aanwezig: ' }),
      ...(inhoud.afgemeld.length ? [alinea(namen(inhoud.afgemeld), { vet: 'Afgemeld: ' })] : []),

      kop('Agenda'),
      tabel(
        [
          { kop: 'Nr.', breedte: 7, midden: true, waarde: (p) => String(p.volgnummer) },
          { kop: 'Agendapunt', breedte: 38, waarde: (p) => p.titel },
          { kop: 'Toelichting', breedte: 55, waarde: (p) => p.notitie ?? '' },
        ],
        inhoud.agenda,
        'Er staan nog geen agendapunten op deze bijeenkomst.',
      ),

      kop(`Besluitenlijst tot en met ${formatDatum(b.datum)}`),
      tabel(
        [
          { kop: 'Nr.', breedte: 6, midden: true, waarde: (x) => String(x.nummer) },
          { kop: 'Besluit', breedte: 24, waarde: (x) => x.tekst },
          // Date and kind in one column, one under the other: with the chain's two columns beside
          // them, "Startbijeenkomst" and "zorgaanbieders" must still fit a line in portrait.
          {
            kop: 'Bijeenkomst',
            breedte: 20,
            waarde: (x) =>
              `${formatDatum(x.bijeenkomstDatum)}\n${BIJEENKOMST_SOORT_LABEL[x.bijeenkomstSoort]}`,
          },
          { kop: 'Activiteit', breedte: 18, waarde: (x) => x.activiteitTitel ?? '' },
          // The rest of the chain: what was to be done for it, one action a line.
          {
            kop: 'Acties',
            breedte: 32,
            waarde: (x) => (inhoud.besluitActies.get(x.id) ?? []).map(actieRegel).join('\n'),
          },
        ],
        inhoud.besluiten,
        'Er zijn nog geen besluiten genomen.',
      ),

      kop('Actielijst'),
      tabel(
        [
          // Five columns, two facts a cell where they belong together, so that in portrait no
          // word breaks inside ("Werkervaringsplaatsen", "Schelpenbank" did with seven).
          { kop: 'Actie', breedte: 28, waarde: (a) => a.omschrijving },
          { kop: 'Eigenaar', breedte: 17, waarde: (a) => a.eigenaar ?? '' },
          {
            kop: 'Uiterlijk',
            breedte: 15,
            waarde: (a) =>
              [formatDatum(a.deadline), isVerlopen(a, vandaag) ? 'Verlopen' : ACTIE_STATUS_LABEL[a.status]]
                .filter(Boolean)
                .join('\n'),
          },
          // The chain of issue #21: the meeting and the besluit it follows from; the activity beside.
          {
            kop: 'Uit',
            breedte: 15,
            waarde: (a) =>
              [formatDatum(a.bijeenkomstDatum), a.besluitNummer ? `besluit ${a.besluitNummer}` : '']
                .filter(Boolean)
                .join('\n'),
          },
          { kop: 'Activiteit', breedte: 25, waarde: (a) => a.activiteitTitel ?? '' },
        ],
        inhoud.acties,
        'Er zijn geen open acties.',
        (a) => (isVerlopen(a, vandaag) ? VERLOPEN_VULLING : undefined),
      ),
      ...(inhoud.acties.some((a) => isVerlopen(a, vandaag))
        ? [
            alinea('Verlopen acties (open, uiterste datum voorbij) zijn rood gemarkeerd.', {
              cursief: true,
              voor: 80,
            }),
          ]
        : []),
    ],
  });
}
