import { join } from 'node:path';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { invokeChannel } from '../../../electron/main/ipc/registry';
import { Session } from '../../../electron/main/services/session';
import type { Db } from '../../../electron/main/store/database';
import {
  type OrganisatieGegevens,
  saveOrganisatie,
} from '../../../electron/main/store/repositories/organisaties';
import type { Result } from '../../../shared/api/result';
import type { Organisatie, OrganisatieSoort } from '../../../shared/domain/organisaties';
import type { RealisatieGegevens } from '../../../shared/domain/realisaties';
import { dialogen } from './dialogs';
import { tempDir } from './temp';

/** Organisation input without contact, werkgebied or capacity, unless told. */
export function organisatieInvoer(
  naam: string,
  soort: OrganisatieSoort = 'zorgaanbieder',
  over: Partial<OrganisatieGegevens> = {},
): OrganisatieGegevens {
  return {
    naam,
    soort,
    contactpersoon: null,
    email: null,
    telefoon: null,
    gemeenteIds: [],
    jaaromzetCent: null,
    fte: null,
    ...over,
  };
}

/** A zorgaanbieder without werkgebied; capacity (turnover in cents, FTE) optional. */
export function aanbieder(
  db: Db,
  naam = 'Zorggroep Proef',
  capaciteit: { jaaromzetCent?: number | null; fte?: number | null } = {},
): string {
  return saveOrganisatie(
    db,
    organisatieInvoer(naam, 'zorgaanbieder', {
      jaaromzetCent: capaciteit.jaaromzetCent ?? null,
      fte: capaciteit.fte ?? null,
    }),
  );
}

/** The id of a menukaart option by its stable code ('intake', 'bbl', 'dagbesteding', ...). */
export function optieId(db: Db, code: string): string {
  const row = db.get<{ id: string }>('SELECT id FROM menukaart_optie WHERE code = ? AND deleted_at IS NULL', [
    code,
  ]);
  if (!row) throw new Error(`Menukaartoptie ${code} ontbreekt in de testdatabase.`);
  return row.id;
}

/** Realisation input with everything empty; fill in what the option asks for. */
export function realisatie(
  db: Db,
  opdrachtnemerId: string,
  code: string,
  over: Partial<RealisatieGegevens> = {},
): RealisatieGegevens {
  return {
    opdrachtnemerId,
    contractId: null,
    menukaartOptieId: optieId(db, code),
    datum: '2026-03-15',
    omschrijving: 'Kandidaat A',
    doelgroep: null,
    urenPerWeek: null,
    maanden: null,
    bonussen: [],
    uren: null,
    ...over,
  };
}

/** invokeChannel on the handlers of a session, as the renderer's calls arrive. */
export function invoker(session: Session) {
  const handlers = createHandlers(session);
  return (channel: string, input: unknown) => invokeChannel(handlers, channel, input);
}

/** A real Session on a new werkgroep file in a temp folder, with one zorgaanbieder, called through invokeChannel. */
export async function ipcWerkgroep() {
  const root = await tempDir();
  const userData = join(root, 'userData');
  const session = await Session.create({ userData, dialogs: dialogen() });
  await session.nieuw({ naam: 'Test', regio: 'Oosterschelderegio' });
  const invoke = invoker(session);
  /** The data of a call that must succeed. */
  const data = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = (await invoke(channel, input)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.data;
  };
  const zorg = await data<Organisatie>('organisaties.opslaan', organisatieInvoer('Zorggroep Proef'));
  return { root, userData, session, invoke, data, zorg: zorg.id, path: session.requireFile().path };
}
