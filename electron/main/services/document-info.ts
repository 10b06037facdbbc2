import { dirname } from 'node:path';
import type { DocumentInfo } from '../../../shared/domain/types';
import { APP_SCHEMA_VERSION } from '../store/migrations';
import { isZonderPersoonsgegevens } from '../store/persoonsgegevens-weglaten';
import { getWerkgroep } from '../store/repositories/werkgroep';
import type { WerkgroepFile } from '../store/werkgroep-file';

/** What the window shows of the open file: its name, folder, werkgroep and save state. */
export function documentInfoVan(file: WerkgroepFile): DocumentInfo {
  const status = file.saveStatus;
  return {
    bestandsnaam: file.name,
    map: dirname(file.path),
    werkgroepNaam: getWerkgroep(file.db).naam,
    opslagstatus: status.state,
    laatstOpgeslagenOp: status.lastSavedAt,
    opslagfout: status.error,
    gewijzigdOpSchijf: status.gewijzigdOpSchijf === true,
    schemaversie: APP_SCHEMA_VERSION,
    beveiligd: file.beveiligd,
    alleenLezen: file.alleenLezen,
    zonderPersoonsgegevens: isZonderPersoonsgegevens(file.db),
  };
}
