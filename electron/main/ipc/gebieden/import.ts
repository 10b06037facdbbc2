import { herkenGesleept } from '../../services/import-herkennen';
import type { Session } from '../../services/session';
import { alleenLezenMelding } from '../../store/bestand-meldingen';
import type { GebiedHandlers } from '../handler-types';
import { WachtendeImport } from '../wachtende-import';
import { wachtendeImports } from '../wachtende-imports';

/**
 * A previewed import the user cancelled (main forgets the rows it read), and files dropped on the
 * window: recognised from their content and kept as the preview of the matching import, which the
 * user confirms on that import's own channel.
 */
export function importHandlers(session: Session): GebiedHandlers<'import'> {
  return {
    'import.annuleren': ({ token }) => {
      WachtendeImport.vergeet(token);
      return null;
    },
    'import.slepen': async ({ bestanden }) => {
      const file = session.requireFile();
      // Nothing dropped could ever be stored: say so now, not after the preview.
      if (file.alleenLezen) throw alleenLezenMelding(file.path);
      const herkend = await herkenGesleept(file.db, bestanden);
      const w = wachtendeImports(session);
      const pad = file.path;
      if (herkend.soort === 'organisaties')
        return { soort: herkend.soort, voorbeeld: w.organisaties.metToken(pad, herkend.voorbeeld) };
      if (herkend.soort === 'kandidaten')
        return { soort: herkend.soort, voorbeeld: w.kandidaten.metToken(pad, herkend.voorbeeld) };
      return { soort: herkend.soort, voorbeeld: w.formulieren.metToken(pad, herkend.voorbeeld) };
    },
  };
}
