import type { ImportVoorbeeld, KandidaatImportRij } from '../../../shared/domain/import';
import type { FormulierenVoorbeeld } from '../../../shared/domain/inventarisatie';
import type { Session } from '../services/session';
import { WachtendeImport } from './wachtende-import';

/** The waiting previews of one session, one per kind of import. */
export interface WachtendeImports {
  organisaties: WachtendeImport<ImportVoorbeeld>;
  kandidaten: WachtendeImport<ImportVoorbeeld<KandidaatImportRij>>;
  formulieren: WachtendeImport<FormulierenVoorbeeld>;
}

const PER_SESSIE = new WeakMap<Session, WachtendeImports>();

/**
 * Shared by the menu's imports and a drop on the window: a dropped list's preview is confirmed
 * on the same channel, by the same service, as one chosen in the dialog.
 */
export function wachtendeImports(session: Session): WachtendeImports {
  let w = PER_SESSIE.get(session);
  if (!w) {
    w = {
      organisaties: new WachtendeImport(),
      kandidaten: new WachtendeImport(),
      formulieren: new WachtendeImport(),
    };
    PER_SESSIE.set(session, w);
  }
  return w;
}
