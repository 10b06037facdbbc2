import type { z } from 'zod';
import type { ChannelName, Contract, OutputOf } from '../../../shared/api/contract';
import type { Session } from '../services/session';
import { getContract, listContracten, saveContract, sroiOverzicht } from '../store/repositories/contracten';
import {
  getOrganisatie,
  listOrganisaties,
  saveOrganisatie,
  setArchived,
} from '../store/repositories/organisaties';
import {
  countRecords,
  getWerkgroep,
  listLogboek,
  recordChange,
  updateWerkgroep,
} from '../store/repositories/werkgroep';
import { bijeenkomstenHandlers } from './bijeenkomsten-handlers';
import { capaciteitHandlers } from './capaciteit-handlers';
import { excelHandlers } from './excel-handlers';
import { inventarisatieExcelHandlers } from './inventarisatie-excel-handlers';
import { inventarisatieHandlers } from './inventarisatie-handlers';
import { kandidatenExcelHandlers } from './kandidaten-excel-handlers';
import { kandidatenHandlers } from './kandidaten-handlers';
import { monitoringHandlers } from './monitoring-handlers';
import { planningHandlers } from './planning-handlers';
import { schrijver } from './schrijf';
import { waarderingHandlers } from './waardering-handlers';
import { WachtendeImport } from './wachtende-import';

type Parsed<C extends ChannelName> = z.output<Contract[C]['input']>;
export type Handlers = { [C in ChannelName]: (input: Parsed<C>) => Promise<OutputOf<C>> | OutputOf<C> };

/** Every channel of the contract, mapped to the service that answers it. */
export function createHandlers(session: Session): Handlers {
  const schrijf = schrijver(session);
  return {
    'app.start': () => session.start(),
    'document.nieuw': (input) => session.nieuw(input),
    'document.openVoorbeeld': () => session.openVoorbeeld(),
    'document.openen': () => session.openen(),
    'document.openRecent': ({ id }) => session.openRecent(id),
    'document.opslaanAls': () => session.opslaanAls(),
    'document.sluiten': () => session.sluiten(),
    'document.status': () => session.documentInfo(),
    'document.ontgrendelen': (geheim) => session.ontgrendelen(geheim),
    'document.vergrendelen': () => session.vergrendelen(),
    'beveiliging.instellen': ({ wachtwoord }) => session.beveiligen(wachtwoord),
    'beveiliging.wijzigen': ({ huidig, nieuw }) => session.wachtwoordWijzigen(huidig, nieuw),
    'beveiliging.uitzetten': ({ wachtwoord }) => session.beveiligingUitzetten(wachtwoord),
    'logboek.lijst': () => listLogboek(session.requireFile().db),
    'import.annuleren': ({ token }) => {
      WachtendeImport.vergeet(token);
      return null;
    },
    'recent.lijst': () => session.settings.recent(),
    'recent.vergeten': async ({ id }) => {
      await session.settings.forget(id);
      return session.settings.recent();
    },
    'werkgroep.ophalen': () => getWerkgroep(session.requireFile().db),
    'werkgroep.bijwerken': async (input) => {
      const file = session.requireFile();
      await file.write((db) => {
        updateWerkgroep(db, input);
        recordChange(db, session.auteur, 'werkgroep', 'Werkgroepgegevens gewijzigd');
      });
      return getWerkgroep(file.db);
    },
    'instellingen.ophalen': () => session.settings.gebruiker,
    'instellingen.bijwerken': async (deel) => {
      await session.settings.bijwerken(deel);
      return session.settings.gebruiker;
    },
    'overzicht.tellingen': () => countRecords(session.requireFile().db),
    'organisaties.lijst': (filter) => listOrganisaties(session.requireFile().db, filter),
    'organisaties.opslaan': async ({ id, ...data }) =>
      getOrganisatie(
        session.requireFile().db,
        await schrijf('organisatie', id ? 'Organisatie gewijzigd' : 'Organisatie toegevoegd', (db) =>
          saveOrganisatie(db, data, id),
        ),
      ),
    'contracten.lijst': () => listContracten(session.requireFile().db),
    'contracten.opslaan': async ({ id, ...data }) =>
      getContract(
        session.requireFile().db,
        await schrijf('contract', id ? 'Contract gewijzigd' : 'Contract toegevoegd', (db) =>
          saveContract(db, data, id),
        ),
      ),
    'sroi.overzicht': ({ van, tot }) => sroiOverzicht(session.requireFile().db, van, tot),
    'organisaties.archiveren': async ({ id, gearchiveerd }) => {
      await schrijf(
        'organisatie',
        gearchiveerd ? 'Organisatie gearchiveerd' : 'Organisatie teruggezet',
        (db) => {
          setArchived(db, id, gearchiveerd);
          return id;
        },
      );
      return getOrganisatie(session.requireFile().db, id);
    },
    ...waarderingHandlers(session),
    ...excelHandlers(session),
    ...kandidatenHandlers(session),
    ...kandidatenExcelHandlers(session),
    ...inventarisatieHandlers(session),
    ...inventarisatieExcelHandlers(session),
    ...capaciteitHandlers(session),
    ...planningHandlers(session),
    ...bijeenkomstenHandlers(session),
    ...monitoringHandlers(session),
  };
}
