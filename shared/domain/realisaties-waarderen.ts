import type { MenukaartOptie } from './menukaart';
import type { RealisatieGegevens } from './realisaties';
import { type Waardering, type Waarderingstabel, waardeerPlaatsing, waardeerUren } from './waardering';

/**
 * Valuing a realisation when it is saved: which option may be used, what the option asks for,
 * which input is kept and what it is worth with the werkgroep's current table. Pure, so the rule
 * is tested without a database; the service reads the option, table and earlier version.
 */

/** The werkgroep's current table, or null when none was chosen. */
export type ActieveTabel = (Waarderingstabel & { id: string }) | null;

/** What is stored: the input the option uses (the rest emptied), its value and the table version. */
export interface GewaardeerdeRealisatie extends Waardering {
  gegevens: RealisatieGegevens;
  tabelId: string | null;
}

export interface WaarderingsContext {
  optie: Pick<MenukaartOptie, 'id' | 'naam' | 'waardering' | 'gearchiveerdOp'>;
  tabel: ActieveTabel;
  /** The option the realisation had before this save (null for a new one). */
  vorigeOptieId: string | null;
  /** A leerlijn step's realisation: the archived-option check was done when the step was planned. */
  uitLeerlijn: boolean;
}

/** The value of a realisation, or the Dutch reason it cannot be saved. */
export function waardeerRealisatie(
  data: RealisatieGegevens,
  { optie, tabel, vorigeOptieId, uitLeerlijn }: WaarderingsContext,
): GewaardeerdeRealisatie | { fout: string } {
  // An archived option stays valid on the realisations that already use it, but is not chosen anew.
  if (optie.gearchiveerdOp && !uitLeerlijn && vorigeOptieId !== optie.id)
    return { fout: `"${optie.naam}" is gearchiveerd; kies een andere menukaartoptie.` };
  const plaatsing = optie.waardering === 'plaatsing';
  const gegevens: RealisatieGegevens = {
    ...data,
    doelgroep: plaatsing ? data.doelgroep : null,
    urenPerWeek: plaatsing ? data.urenPerWeek : null,
    maanden: plaatsing ? data.maanden : null,
    bonussen: plaatsing ? data.bonussen : [],
    uren: optie.waardering === 'uren' ? data.uren : null,
  };
  if (optie.waardering === 'geen')
    return {
      gegevens,
      waardeCent: 0,
      uitleg: `"${optie.naam}" telt niet als SROI-prestatie.`,
      tabelId: null,
    };
  if (!tabel)
    return {
      fout: 'Kies eerst een waarderingstabel (SROI → Waardering); zonder tabel is er geen waarde te berekenen.',
    };
  if (optie.waardering === 'uren') {
    if (data.uren === null) return { fout: 'Vul het aantal uren in.' };
    return { gegevens, ...waardeerUren(data.uren, tabel), tabelId: tabel.id };
  }
  if (data.doelgroep === null || data.urenPerWeek === null || data.maanden === null)
    return { fout: 'Vul de doelgroep, de uren per week en het aantal maanden in.' };
  const waarde = waardeerPlaatsing(
    {
      doelgroep: data.doelgroep,
      urenPerWeek: data.urenPerWeek,
      maanden: data.maanden,
      bonussen: data.bonussen,
    },
    tabel,
  );
  return { gegevens, ...waarde, tabelId: tabel.id };
}
