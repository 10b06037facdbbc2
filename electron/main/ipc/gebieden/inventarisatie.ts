import { kopieerTekst } from '../../../../shared/domain/inventarisatie-herinneren';
import { AppFault } from '../../errors';
import { schrijfWerkboek } from '../../excel/werkboek';
import { herinneringMailto, herinnerlijst } from '../../services/herinneren';
import { maakFormulieren, maakResultatenWerkboek } from '../../services/inventarisatie-export';
import { bekijkFormulieren, leesFormulierenIn } from '../../services/inventarisatie-import';
import { LaatsteExport } from '../../services/laatste-export';
import { type Session, safeFileName } from '../../services/session';
import { formulierSleutel, zorgVoorFormulierSleutel } from '../../store/repositories/formulier-sleutel';
import {
  getAntwoorden,
  getRonde,
  getSjabloon,
  listRondes,
  listSjablonen,
  markeerFormulierenGemaakt,
  markeerVerstuurd,
  rondeResultaten,
  saveRonde,
  slaAntwoordenOp,
  slaSjabloonOp,
  zetDeelnameStatus,
} from '../../store/repositories/inventarisatie';
import type { GebiedHandlers } from '../handler-types';
import { logExport, schrijver } from '../schrijf';
import { wachtendeImports } from '../wachtende-imports';

/** The inventarisatie form out to organisations, back in, and the results for the FO. */
export function inventarisatieHandlers(session: Session): GebiedHandlers<'inventarisatie'> {
  const wachtend = wachtendeImports(session).formulieren;
  const schrijf = schrijver(session);
  const db = () => session.requireFile().db;
  // Per round, a form this session wrote: "Map met formulieren openen" shows it in its folder.
  const formulierMappen = new Map<string, string>();
  return {
    'inventarisatie.formulierenMaken': async ({ rondeId, alleenOpenstaand }) => {
      const file = session.requireFile();
      getRonde(file.db, rondeId);
      const map = await session.dialogs.chooseFolder('Map voor de formulieren kiezen');
      if (!map) return null;
      // The key of the forms' MAC is saved before any form made with it leaves the computer.
      if (!formulierSleutel(file.db)) await file.write(zorgVoorFormulierSleutel);
      const gevraagd = getRonde(file.db, rondeId).deelnames.filter(
        (d) => !alleenOpenstaand || d.status === 'uitgezet',
      );
      const paden = await maakFormulieren(file.db, rondeId, map, alleenOpenstaand);
      await file.write((d) =>
        markeerFormulierenGemaakt(
          d,
          rondeId,
          gevraagd.map((g) => g.organisatieId),
        ),
      );
      await logExport(session, `${paden.length} inventarisatieformulieren`);
      const eerste = paden[0];
      if (eerste) formulierMappen.set(rondeId, eerste);
      return { map, aantal: paden.length };
    },
    'inventarisatie.formulierenInlezen': async () => {
      const file = session.requireFile();
      const paden = await session.dialogs.chooseSpreadsheetsToOpen();
      if (paden.length === 0) return null;
      const voorbeeld = await bekijkFormulieren(file.db, paden);
      return { ...voorbeeld, token: wachtend.bewaar(file.path, voorbeeld) };
    },
    'inventarisatie.formulierenBevestigen': async ({ token }) => {
      const file = session.requireFile();
      const voorbeeld = wachtend.neem(token, file.path);
      const opgeslagen = await file.write((db) => leesFormulierenIn(db, voorbeeld, session.auteur));
      return { opgeslagen };
    },
    'inventarisatie.exporteren': async ({ rondeId }) => {
      const db = session.requireFile().db;
      const ronde = getRonde(db, rondeId);
      const pad = await session.dialogs.chooseSpreadsheetSaveLocation(
        `${safeFileName(`Inventarisatie – resultaten ${ronde.naam}`)}.xlsx`,
      );
      if (!pad) return null;
      await schrijfWerkboek(maakResultatenWerkboek(db, rondeId), pad);
      session.laatsteExport.onthoud(pad);
      await logExport(session, 'Inventarisatie – resultaten');
      return { pad };
    },
    'inventarisatie.verstuurd': async ({ rondeId }) => {
      await schrijf('inventarisatie', 'Inventarisatieronde als verstuurd gemarkeerd', (d) =>
        markeerVerstuurd(d, rondeId),
      );
      return getRonde(db(), rondeId);
    },
    'inventarisatie.herinneren': ({ rondeId }) => herinnerlijst(db(), rondeId),
    'inventarisatie.herinneringMailen': async ({ rondeId, organisatieId }) => {
      const { url, aantal } = herinneringMailto(db(), rondeId, organisatieId);
      await session.dialogs.verkenner.openMail(url);
      return { aantal };
    },
    'inventarisatie.herinneringKopieren': ({ rondeId }) => {
      const lijst = herinnerlijst(db(), rondeId);
      session.dialogs.verkenner.kopieer(kopieerTekst(lijst.ontvangers, lijst));
      return { aantal: lijst.ontvangers.filter((o) => o.email).length };
    },
    'inventarisatie.formulierenMapOpenen': async ({ rondeId }) => {
      getRonde(db(), rondeId);
      const pad = formulierMappen.get(rondeId);
      if (!pad)
        throw new AppFault(
          'NIET_GEVONDEN',
          'Maak eerst de formulieren (Formulieren maken…); daarna opent u hier de map waarin ze staan.',
        );
      const laatste = new LaatsteExport();
      laatste.onthoud(pad);
      return laatste.open('map', session.dialogs.verkenner);
    },
    'inventarisatie.sjablonen': () => listSjablonen(db()),
    'inventarisatie.sjabloonOpslaan': async ({ id, ...inhoud }) =>
      getSjabloon(
        db(),
        await schrijf('inventarisatie', 'Formulier opgeslagen', (d) => slaSjabloonOp(d, inhoud, id)),
      ),
    'inventarisatie.rondes': () => listRondes(db()),
    'inventarisatie.rondeOpslaan': async ({ id, ...data }) =>
      getRonde(
        db(),
        await schrijf(
          'inventarisatie',
          id ? 'Inventarisatieronde gewijzigd' : 'Inventarisatieronde aangemaakt',
          (d) => saveRonde(d, data, id),
        ),
      ),
    'inventarisatie.status': async ({ rondeId, organisatieId, status }) => {
      await schrijf('inventarisatie', 'Status in inventarisatieronde gewijzigd', (d) =>
        zetDeelnameStatus(d, rondeId, organisatieId, status),
      );
      return getRonde(db(), rondeId);
    },
    'inventarisatie.antwoorden': ({ rondeId, organisatieId }) => ({
      sjabloon: getSjabloon(db(), getRonde(db(), rondeId).sjabloonId),
      antwoorden: getAntwoorden(db(), rondeId, organisatieId),
    }),
    'inventarisatie.antwoordenOpslaan': async ({ rondeId, organisatieId, antwoorden }) => {
      await schrijf('inventarisatie', 'Antwoorden op inventarisatie opgeslagen', (d) =>
        slaAntwoordenOp(d, rondeId, organisatieId, antwoorden),
      );
      return getRonde(db(), rondeId);
    },
    'inventarisatie.resultaten': ({ rondeId }) => rondeResultaten(db(), rondeId),
  };
}
