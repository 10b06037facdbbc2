import type { ImportVoorbeeld, KandidaatImportRij } from '../../../shared/domain/import';
import type { FormulierenVoorbeeld } from '../../../shared/domain/inventarisatie';
import { AppFault } from '../errors';
import { kopTreffers, laadWerkboek } from '../excel/import-lezen';
import { isFormulier, leesFormulierWerkboek } from '../excel/inventarisatie-lezen';
import { KANDIDATEN_KOPPEN, leesKandidatenWerkboek } from '../excel/kandidaten-import';
import { leesOrganisatieWerkboek, ORGANISATIE_KOPPEN } from '../excel/organisaties-import';
import type { Werkboek } from '../excel/plat-werkboek';
import type { Db } from '../store/database';
import { beoordeelFormulieren, type FormulierBron } from './inventarisatie-import';
import { kandidatenContext } from './kandidaten-import';
import { organisatiesContext } from './organisatie-import';

/** A file dropped on the window: its name (for messages only) and its bytes. */
export interface GesleeptBestand {
  naam: string;
  bytes: Uint8Array;
}

/** The preview a dropped file turned out to need; nothing is stored. */
export type Herkend =
  | { soort: 'organisaties'; voorbeeld: ImportVoorbeeld }
  | { soort: 'kandidaten'; voorbeeld: ImportVoorbeeld<KandidaatImportRij> }
  | { soort: 'formulieren'; voorbeeld: FormulierenVoorbeeld };

const WAT = 'een organisatielijst, een kandidatenlijst of ingevulde inventarisatieformulieren van Tafelwerk';

export const geenExcelMelding = (naam: string) =>
  `"${naam}" is geen Excel-bestand (.xlsx). Hier kunt u ${WAT} neerzetten; er is niets ingelezen.`;
export const nietHerkendMelding = (naam: string) =>
  `Tafelwerk herkent "${naam}" niet als organisatielijst, kandidatenlijst of ingevuld ` +
  'inventarisatieformulier; er is niets ingelezen. Een lijst heeft bovenaan een rij met kolomkoppen, ' +
  'zoals in het invulbestand dat Tafelwerk maakt.';
export const MEERDERE_LIJSTEN =
  'Meerdere bestanden tegelijk kunnen alleen ingevulde inventarisatieformulieren zijn. ' +
  'Zet een organisatielijst of kandidatenlijst één voor één neer; er is niets ingelezen.';

/** Two known headers at least: a sheet with only a "Naam" column is not yet an organisation list. */
const MIN_KOPPEN = 2;

/**
 * What kind of list the first sheet is, by its header row. A candidate list has no name column
 * (candidates are pseudonymous) and an organisation list seldom has codes or benefits, so the
 * kind with more known headers wins.
 */
function soortLijst(wb: Werkboek): 'organisaties' | 'kandidaten' | null {
  const blad = wb.worksheets[0];
  if (!blad) return null;
  const organisaties = kopTreffers(blad, ORGANISATIE_KOPPEN, 'naam');
  const kandidaten = kopTreffers(blad, KANDIDATEN_KOPPEN, 'gemeente');
  if (organisaties >= MIN_KOPPEN && organisaties >= kandidaten) return 'organisaties';
  if (kandidaten >= MIN_KOPPEN) return 'kandidaten';
  return null;
}

/** Parses a dropped file with the imports' own reader (the gate, then the worker). */
async function laad(bestand: GesleeptBestand): Promise<Werkboek> {
  const wb = await laadWerkboek(bestand.bytes);
  if (!wb) throw new AppFault('ONGELDIGE_INVOER', geenExcelMelding(bestand.naam));
  return wb;
}

/**
 * Recognises dropped files from the workbooks' own content and reads them as the menu's import
 * would: one organisation or candidate list, or one or more returned forms. Refuses in Dutch what
 * it does not recognise. Writes nothing: the caller keeps the preview until it is confirmed.
 */
export async function herkenGesleept(db: Db, bestanden: GesleeptBestand[]): Promise<Herkend> {
  const [enig] = bestanden;
  if (bestanden.length === 1 && enig) {
    const wb = await laad(enig);
    if (isFormulier(wb))
      return {
        soort: 'formulieren',
        voorbeeld: await beoordeelFormulieren(db, [
          { bestand: enig.naam, lees: (sleutel) => leesFormulierWerkboek(wb, sleutel) },
        ]),
      };
    const soort = soortLijst(wb);
    if (soort === 'organisaties')
      return { soort, voorbeeld: leesOrganisatieWerkboek(wb, organisatiesContext(db, enig.naam)) };
    if (soort === 'kandidaten')
      return { soort, voorbeeld: leesKandidatenWerkboek(wb, kandidatenContext(db, enig.naam)) };
    throw new AppFault('ONGELDIGE_INVOER', nietHerkendMelding(enig.naam));
  }
  return { soort: 'formulieren', voorbeeld: await formulierenVan(db, bestanden) };
}

/**
 * Several files: the returned forms of a round. Each file that cannot be read or is no form is
 * refused on its own line of the preview, as in the menu's import; when none is a form at all,
 * the drop is refused as a whole.
 */
async function formulierenVan(db: Db, bestanden: GesleeptBestand[]): Promise<FormulierenVoorbeeld> {
  const gelezen: { bestand: GesleeptBestand; wb: Werkboek | null; fout: string | null }[] = [];
  for (const bestand of bestanden) {
    try {
      gelezen.push({ bestand, wb: await laad(bestand), fout: null });
    } catch (err) {
      gelezen.push({
        bestand,
        wb: null,
        fout: err instanceof AppFault ? err.message : geenExcelMelding(bestand.naam),
      });
    }
  }
  if (!gelezen.some((g) => g.wb && isFormulier(g.wb)))
    throw new AppFault('ONGELDIGE_INVOER', MEERDERE_LIJSTEN);
  const bronnen: FormulierBron[] = gelezen.map(({ bestand, wb, fout }) => ({
    bestand: bestand.naam,
    lees: (sleutel) =>
      wb ? leesFormulierWerkboek(wb, sleutel) : { ok: false, fout: fout ?? geenExcelMelding(bestand.naam) },
  }));
  return beoordeelFormulieren(db, bronnen);
}
