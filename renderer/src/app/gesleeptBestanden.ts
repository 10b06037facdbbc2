import {
  MAX_GESLEEPT_TOTAAL,
  MAX_GESLEEPTE_BESTANDEN,
  MAX_IMPORT_BYTES,
} from '../../../shared/domain/import';

/** True while what is dragged over the window holds files (not text or a link from the page). */
export const sleeptBestanden = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Why these dropped files are not sent to main at all, or null when they may be: the same size
 * limit as the menu's import, and .xlsx only. Main still checks the content itself.
 */
export function weigeringVan(bestanden: File[]): string | null {
  if (bestanden.length === 0)
    return 'Er is geen bestand neergezet. Sleep een Excel-bestand (.xlsx) naar het venster.';
  if (bestanden.length > MAX_GESLEEPTE_BESTANDEN)
    return `Zet hoogstens ${MAX_GESLEEPTE_BESTANDEN} bestanden tegelijk neer; er is niets ingelezen.`;
  const geenXlsx = bestanden.find((b) => !/\.xlsx$/i.test(b.name));
  if (geenXlsx)
    return (
      `"${geenXlsx.name}" is geen Excel-bestand (.xlsx). Hier kunt u een organisatielijst, een kandidatenlijst ` +
      'of ingevulde inventarisatieformulieren neerzetten; er is niets ingelezen.'
    );
  const teGroot = bestanden.find((b) => b.size > MAX_IMPORT_BYTES);
  if (teGroot) return `"${teGroot.name}" is te groot om in te lezen (meer dan 20 MB); er is niets ingelezen.`;
  if (bestanden.reduce((n, b) => n + b.size, 0) > MAX_GESLEEPT_TOTAAL)
    return 'Deze bestanden zijn samen te groot om in één keer in te lezen (meer dan 50 MB). Zet ze in delen neer.';
  return null;
}

/** The bytes of each dropped file, read in the page: the sandboxed renderer never sees a path. */
export const leesBytes = (bestanden: File[]) =>
  Promise.all(bestanden.map(async (b) => ({ naam: b.name, bytes: new Uint8Array(await b.arrayBuffer()) })));
