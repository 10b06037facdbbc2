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
import { countRecords, getWerkgroep, recordChange, updateWerkgroep } from '../store/repositories/werkgroep';
import { bijeenkomstenHandlers } from './bijeenkomsten-handlers';
import { capaciteitHandlers } from './capaciteit-handlers';
import { excelHandlers } from './excel-handlers';
import { inventarisatieExcelHandlers } from './inventarisatie-excel-handlers';
import { inventarisatieHandlers } from './inventarisatie-handlers';
import { kandidatenExcelHandlers } from './kandidaten-excel-handlers';
import { kandidatenHandlers } from './kandidaten-handlers';
import { monitoringHandlers } from './monitoring-handlers';
import { planningHandlers } from './planning-handlers';
import { waarderingHandlers } from './waardering-handlers';

type Parsed<C extends ChannelName> = z.output<Contract[C]['input']>;
export type Handlers = { [C in ChannelName]: (input: Parsed<C>) => Promise<OutputOf<C>> | OutputOf<C> };

/** Every channel of the contract, mapped to the service that answers it. */
export function createHandlers(session: Session): Handlers {
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
    'organisaties.opslaan': async ({ id, ...data }) => {
      const file = session.requireFile();
      const savedId = await file.write((db) => {
        const orgId = saveOrganisatie(db, data, id);
        recordChange(
          db,
          session.auteur,
          'organisatie',
          id ? 'Organisatie gewijzigd' : 'Organisatie toegevoegd',
        );
        return orgId;
      });
      return getOrganisatie(file.db, savedId);
    },
    'contracten.lijst': () => listContracten(session.requireFile().db),
    'contracten.opslaan': async ({ id, ...data }) => {
      const file = session.requireFile();
      const savedId = await file.write((db) => {
        const contractId = saveContract(db, data, id);
        recordChange(db, session.auteur, 'contract', id ? 'Contract gewijzigd' : 'Contract toegevoegd');
        return contractId;
      });
      return getContract(file.db, savedId);
    },
    'sroi.overzicht': ({ van, tot }) => sroiOverzicht(session.requireFile().db, van, tot),
    'organisaties.archiveren': async ({ id, gearchiveerd }) => {
      const file = session.requireFile();
      await file.write((db) => {
        setArchived(db, id, gearchiveerd);
        recordChange(
          db,
          session.auteur,
          'organisatie',
          gearchiveerd ? 'Organisatie gearchiveerd' : 'Organisatie teruggezet',
        );
      });
      return getOrganisatie(file.db, id);
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
