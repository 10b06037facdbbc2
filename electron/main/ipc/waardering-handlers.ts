import { LEGE_TABEL, PRESET_FRIESE_EIS, PRESET_UTRECHT } from '../../../shared/domain/waarderingstabellen';
import type { Session } from '../services/session';
import {
  deleteRealisatie,
  getRealisatie,
  listRealisaties,
  saveRealisatie,
} from '../store/repositories/realisaties';
import {
  getMenukaartOptie,
  kiesTabel,
  listMenukaart,
  saveMenukaartOptie,
  slaTabelOpAlsNieuweVersie,
  waarderingsinstellingen,
} from '../store/repositories/waardering';
import type { Handlers } from './handlers';
import { schrijver } from './schrijf';

const PRESETS = { utrecht: PRESET_UTRECHT, friese_eis: PRESET_FRIESE_EIS, leeg: LEGE_TABEL };

type WaarderingChannels =
  | 'menukaart.lijst'
  | 'menukaart.opslaan'
  | 'waardering.instellingen'
  | 'waardering.kiezen'
  | 'waardering.opslaan'
  | 'realisaties.lijst'
  | 'realisaties.opslaan'
  | 'realisaties.verwijderen';

/** The menukaart, the valuation tables and the realisations valued with them. */
export function waarderingHandlers(session: Session): Pick<Handlers, WaarderingChannels> {
  const schrijf = schrijver(session);
  return {
    'menukaart.lijst': () => listMenukaart(session.requireFile().db, true),
    'menukaart.opslaan': async ({ id, ...data }) => {
      const optieId = await schrijf(
        'menukaart',
        id ? 'Menukaartoptie gewijzigd' : 'Menukaartoptie toegevoegd',
        (db) => saveMenukaartOptie(db, data, id),
      );
      return getMenukaartOptie(session.requireFile().db, optieId);
    },
    'waardering.instellingen': () => waarderingsinstellingen(session.requireFile().db),
    'waardering.kiezen': async (keuze) => {
      await schrijf('waardering', 'Waarderingstabel gekozen', (db) =>
        'id' in keuze ? kiesTabel(db, keuze.id) : slaTabelOpAlsNieuweVersie(db, PRESETS[keuze.preset]),
      );
      return waarderingsinstellingen(session.requireFile().db);
    },
    'waardering.opslaan': async (tabel) => {
      await schrijf('waardering', `Nieuwe versie van waarderingstabel "${tabel.naam}"`, (db) =>
        slaTabelOpAlsNieuweVersie(db, tabel),
      );
      return waarderingsinstellingen(session.requireFile().db);
    },
    'realisaties.lijst': (periode) => listRealisaties(session.requireFile().db, periode),
    'realisaties.opslaan': async ({ id, ...data }) => {
      const savedId = await schrijf(
        'realisatie',
        id ? 'Realisatie gewijzigd' : 'Realisatie toegevoegd',
        (db) => saveRealisatie(db, data, id),
      );
      return getRealisatie(session.requireFile().db, savedId);
    },
    'realisaties.verwijderen': async ({ id }) => {
      await schrijf('realisatie', 'Realisatie verwijderd', (db) => deleteRealisatie(db, id), id);
      return null;
    },
  };
}
