import { LEGE_TABEL, PRESET_FRIESE_EIS, PRESET_UTRECHT } from '../../../../shared/domain/waarderingstabellen';
import { schrijfWerkboek } from '../../excel/werkboek';
import { saveRealisatie } from '../../services/realisaties';
import { type Session, safeFileName } from '../../services/session';
import { maakSroiWerkboek } from '../../services/sroi-export';
import {
  getContract,
  listContracten,
  saveContract,
  sroiOverzicht,
} from '../../store/repositories/contracten';
import { deleteRealisatie, getRealisatie, listRealisaties } from '../../store/repositories/realisaties';
import {
  getMenukaartOptie,
  kiesTabel,
  listMenukaart,
  saveMenukaartOptie,
  slaTabelOpAlsNieuweVersie,
  waarderingsinstellingen,
} from '../../store/repositories/waardering';
import { getWerkgroep } from '../../store/repositories/werkgroep';
import type { GebiedHandlers } from '../handler-types';
import { logExport, schrijver } from '../schrijf';

const PRESETS = { utrecht: PRESET_UTRECHT, friese_eis: PRESET_FRIESE_EIS, leeg: LEGE_TABEL };

/** SROI: contracts, the overview, the menukaart, valuation tables, realisations and the Excel export. */
export function sroiHandlers(session: Session): GebiedHandlers<'sroi'> {
  const schrijf = schrijver(session);
  return {
    'sroi.exporteren': async ({ van, tot }) => {
      const db = session.requireFile().db;
      const naam = safeFileName(`SROI-overzicht ${getWerkgroep(db).naam} ${van} tm ${tot}`);
      const pad = await session.dialogs.chooseSpreadsheetSaveLocation(`${naam}.xlsx`);
      if (!pad) return null;
      await schrijfWerkboek(maakSroiWerkboek(db, van, tot), pad);
      session.laatsteExport.onthoud(pad);
      await logExport(session, 'SROI-overzicht');
      return { pad };
    },
    'sroi.menukaart': () => listMenukaart(session.requireFile().db, true),
    'sroi.menukaartOpslaan': async ({ id, ...data }) => {
      const optieId = await schrijf(
        'menukaart',
        id ? 'Menukaartoptie gewijzigd' : 'Menukaartoptie toegevoegd',
        (db) => saveMenukaartOptie(db, data, id),
      );
      return getMenukaartOptie(session.requireFile().db, optieId);
    },
    'sroi.waardering': () => waarderingsinstellingen(session.requireFile().db),
    'sroi.waarderingKiezen': async (keuze) => {
      await schrijf('waardering', 'Waarderingstabel gekozen', (db) =>
        'id' in keuze ? kiesTabel(db, keuze.id) : slaTabelOpAlsNieuweVersie(db, PRESETS[keuze.preset]),
      );
      return waarderingsinstellingen(session.requireFile().db);
    },
    'sroi.waarderingOpslaan': async (tabel) => {
      await schrijf('waardering', `Nieuwe versie van waarderingstabel "${tabel.naam}"`, (db) =>
        slaTabelOpAlsNieuweVersie(db, tabel),
      );
      return waarderingsinstellingen(session.requireFile().db);
    },
    'sroi.realisaties': (periode) => listRealisaties(session.requireFile().db, periode),
    'sroi.realisatieOpslaan': async ({ id, ...data }) => {
      const savedId = await schrijf(
        'realisatie',
        id ? 'Realisatie gewijzigd' : 'Realisatie toegevoegd',
        (db) => saveRealisatie(db, data, id),
      );
      return getRealisatie(session.requireFile().db, savedId);
    },
    'sroi.realisatieVerwijderen': async ({ id }) => {
      await schrijf('realisatie', 'Realisatie verwijderd', (db) => deleteRealisatie(db, id), id);
      return null;
    },
    'sroi.contracten': () => listContracten(session.requireFile().db),
    'sroi.contractOpslaan': async ({ id, ...data }) =>
      getContract(
        session.requireFile().db,
        await schrijf('contract', id ? 'Contract gewijzigd' : 'Contract toegevoegd', (db) =>
          saveContract(db, data, id),
        ),
      ),
    'sroi.overzicht': ({ van, tot }) => sroiOverzicht(session.requireFile().db, van, tot),
  };
}
