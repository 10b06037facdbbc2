import type { Session } from '../services/session';
import { appHandlers } from './gebieden/app';
import { beveiligingHandlers } from './gebieden/beveiliging';
import { bijeenkomstenHandlers } from './gebieden/bijeenkomsten';
import { capaciteitHandlers } from './gebieden/capaciteit';
import { documentHandlers } from './gebieden/document';
import { evaluatieHandlers } from './gebieden/evaluatie';
import { groepenHandlers } from './gebieden/groepen';
import { importHandlers } from './gebieden/import';
import { instellingenHandlers } from './gebieden/instellingen';
import { inventarisatieHandlers } from './gebieden/inventarisatie';
import { kandidatenHandlers } from './gebieden/kandidaten';
import { monitoringHandlers } from './gebieden/monitoring';
import { organisatiesHandlers } from './gebieden/organisaties';
import { planningHandlers } from './gebieden/planning';
import { samenvoegenHandlers } from './gebieden/samenvoegen';
import { sroiHandlers } from './gebieden/sroi';
import { werkgroepHandlers } from './gebieden/werkgroep';
import type { Handlers } from './handler-types';

export type { Handlers } from './handler-types';

/**
 * Every channel of the contract, from one handler map per area (`gebieden/<area>.ts`, named after
 * the area its channels start with). The type makes a missing or misplaced channel a compile error.
 */
export function createHandlers(session: Session): Handlers {
  return {
    ...appHandlers(session),
    ...documentHandlers(session),
    ...beveiligingHandlers(session),
    ...importHandlers(session),
    ...samenvoegenHandlers(session),
    ...werkgroepHandlers(session),
    ...instellingenHandlers(session),
    ...organisatiesHandlers(session),
    ...sroiHandlers(session),
    ...kandidatenHandlers(session),
    ...groepenHandlers(session),
    ...inventarisatieHandlers(session),
    ...capaciteitHandlers(session),
    ...planningHandlers(session),
    ...bijeenkomstenHandlers(session),
    ...monitoringHandlers(session),
    ...evaluatieHandlers(session),
  };
}
