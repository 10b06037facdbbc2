import { korteGemeente, vandaagIso } from '../../../../shared/format/nl';
import { kandidatenSjabloon } from '../../excel/kandidaten-import';
import { schrijfWerkboek } from '../../excel/werkboek';
import { getDossier, saveKandidaat } from '../../services/kandidaten';
import { bewaarKandidatenExport, kandidatenExportNaam } from '../../services/kandidaten-export';
import { bekijkKandidatenImport, voerKandidatenImportUit } from '../../services/kandidaten-import';
import { weigerKandidaatwijziging } from '../../services/kopie-werkgroeplid';
import { deleteStap, saveStap } from '../../services/leerlijn';
import { type Session, safeFileName } from '../../services/session';
import { bewaarOverzicht, wisKandidaat, zetBewaartermijn } from '../../store/repositories/avg';
import { getKandidaat, zonderNaam } from '../../store/repositories/kandidaten';
import { listKandidaten } from '../../store/repositories/kandidaten-lijst';
import { herorden } from '../../store/repositories/leerlijn';
import { listOrganisaties } from '../../store/repositories/organisaties';
import { savePlan } from '../../store/repositories/plan';
import { deleteMeting, saveMeting, saveTerugval, saveUitstroom } from '../../store/repositories/voortgang';
import { getWerkgroep, recordChange } from '../../store/repositories/werkgroep';
import type { GebiedHandlers } from '../handler-types';
import { logExport, schrijver } from '../schrijf';
import { wachtendeImports } from '../wachtende-imports';

/**
 * Candidates: record, plan, leerlijn, ladder and outcomes, the list export (pseudonymised unless
 * asked) and the import of a gemeente's list. Changes answer with the whole dossier; audit
 * descriptions name the kind of change only, never the person.
 */
export function kandidatenHandlers(session: Session): GebiedHandlers<'kandidaten'> {
  const handlers = alleKandidatenHandlers(session);
  // In a copy without personal data every channel that changes candidates is refused.
  for (const kanaal of Object.keys(handlers) as (keyof typeof handlers)[]) {
    if (LEZEND.has(kanaal)) continue;
    const handler = handlers[kanaal] as (input: unknown) => unknown;
    (handlers as Record<string, (input: unknown) => unknown>)[kanaal] = (input: unknown) => {
      weigerKandidaatwijziging(session.requireFile().db);
      return handler(input);
    };
  }
  return handlers;
}

/** The candidate channels that only read, or export what the open file holds. */
const LEZEND: ReadonlySet<string> = new Set([
  'kandidaten.lijst',
  'kandidaten.dossier',
  'kandidaten.bewaartermijn',
  'kandidaten.exporteren',
  'kandidaten.invulbestand',
]);

function alleKandidatenHandlers(session: Session): GebiedHandlers<'kandidaten'> {
  const wachtend = wachtendeImports(session).kandidaten;
  const schrijf = schrijver(session);
  const db = () => session.requireFile().db;
  const dossier = async (omschrijving: string, werk: Parameters<typeof schrijf<string>>[2]) =>
    getDossier(db(), await schrijf('kandidaat', omschrijving, werk));
  return {
    'kandidaten.exporteren': async (keuze) => {
      const db = session.requireFile().db;
      const datum = vandaagIso();
      const naam = safeFileName(`Kandidaten ${getWerkgroep(db).naam} ${datum}`);
      const pad = await session.dialogs.chooseSpreadsheetSaveLocation(`${naam}.xlsx`);
      if (!pad) return null;
      await bewaarKandidatenExport(db, keuze, pad);
      session.laatsteExport.onthoud(pad);
      await logExport(session, kandidatenExportNaam(keuze));
      return { pad };
    },
    'kandidaten.invulbestand': async () => {
      const db = session.requireFile().db;
      const pad = await session.dialogs.chooseSpreadsheetSaveLocation('Kandidatenlijst invullen.xlsx');
      if (!pad) return null;
      const gemeenten = listOrganisaties(db, { soort: 'gemeente' }).map((g) => korteGemeente(g.naam));
      await schrijfWerkboek(kandidatenSjabloon(gemeenten), pad);
      session.laatsteExport.onthoud(pad);
      return { pad };
    },
    'kandidaten.inlezen': async () => {
      const file = session.requireFile();
      const pad = await session.dialogs.chooseSpreadsheetToOpen();
      if (!pad) return null;
      const voorbeeld = await bekijkKandidatenImport(file.db, pad);
      return { ...voorbeeld, token: wachtend.bewaar(file.path, voorbeeld) };
    },
    'kandidaten.inlezenBevestigen': async ({ token }) => {
      const file = session.requireFile();
      const voorbeeld = wachtend.neem(token, file.path);
      const toegevoegd = await file.write((db) => voerKandidatenImportUit(db, voorbeeld, session.auteur));
      return { toegevoegd };
    },
    'kandidaten.lijst': (filter) => listKandidaten(db(), filter),
    'kandidaten.dossier': ({ id, metNamen }) => getDossier(db(), id, metNamen ?? false),
    'kandidaten.opslaan': async ({ id, ...data }) => {
      const kandidaatId = await schrijf(
        'kandidaat',
        id ? 'Kandidaat gewijzigd' : 'Kandidaat toegevoegd',
        (d) => saveKandidaat(d, data, id),
      );
      return zonderNaam(getKandidaat(db(), kandidaatId));
    },
    'kandidaten.planOpslaan': (plan) =>
      dossier('Persoonlijk plan gewijzigd', (d) => {
        getKandidaat(d, plan.kandidaatId);
        savePlan(d, plan);
        return plan.kandidaatId;
      }),
    'kandidaten.avgVerwijderen': async ({ id, bevestiging }) => {
      await session.requireFile().writeAndPurge(
        (d) => {
          wisKandidaat(d, id, bevestiging);
          recordChange(d, session.auteur, 'kandidaat', 'Kandidaat verwijderd (AVG)');
        },
        [id],
      );
      return null;
    },
    'kandidaten.bewaartermijn': () => bewaarOverzicht(db()),
    'kandidaten.bewaartermijnInstellen': async ({ maanden }) => {
      await schrijf('werkgroep', 'Bewaartermijn gewijzigd', (d) => zetBewaartermijn(d, maanden));
      return bewaarOverzicht(db());
    },
    'kandidaten.stapOpslaan': (stap) =>
      dossier(stap.id ? 'Leerlijnstap gewijzigd' : 'Leerlijnstap toegevoegd', (d) => saveStap(d, stap)),
    'kandidaten.stapVerwijderen': ({ id }) => dossier('Leerlijnstap verwijderd', (d) => deleteStap(d, id)),
    'kandidaten.stapVolgorde': ({ kandidaatId, stapIds }) =>
      dossier('Volgorde van de leerlijn gewijzigd', (d) => {
        herorden(d, kandidaatId, stapIds);
        return kandidaatId;
      }),
    'kandidaten.meten': (meting) =>
      dossier(meting.id ? 'Meting gewijzigd' : 'Meting op de participatieladder toegevoegd', (d) => {
        saveMeting(d, meting);
        return meting.kandidaatId;
      }),
    'kandidaten.metingVerwijderen': ({ id }) => dossier('Meting verwijderd', (d) => deleteMeting(d, id)),
    'kandidaten.uitstroomOpslaan': (uitstroom) =>
      dossier(uitstroom.id ? 'Uitstroom gewijzigd' : 'Uitstroom vastgelegd', (d) => {
        saveUitstroom(d, uitstroom);
        return uitstroom.kandidaatId;
      }),
    'kandidaten.terugval': (terugval) =>
      dossier('Terugval vastgelegd', (d) => {
        saveTerugval(d, terugval);
        return terugval.kandidaatId;
      }),
  };
}
