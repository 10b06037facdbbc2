import { vandaagIso } from '../../../../shared/format/nl';
import { dashboard } from '../../services/monitoring';
import type { Session } from '../../services/session';
import { getEvaluatie } from '../../store/repositories/evaluaties';
import { bedragPerMaand, zetBedragPerMaand } from '../../store/repositories/monitoring';
import type { GebiedHandlers } from '../handler-types';
import { schrijver } from '../schrijf';

/** The dashboard's figures for a period or group, and the monthly amount for the savings estimate. */
export function monitoringHandlers(session: Session): GebiedHandlers<'monitoring'> {
  const schrijf = schrijver(session);
  const db = () => session.requireFile().db;
  const _evaluatieNa = async (omschrijving: string, werk: Parameters<typeof schrijf>[2], id?: string) => {
    const result = await schrijf('evaluatie', omschrijving, werk);
    return getEvaluatie(db(), id ?? (result as string));
  };
  return {
    'monitoring.dashboard': ({ van, tot, groepId }) => dashboard(db(), { van, tot }, groepId, vandaagIso()),
    'monitoring.bedragPerMaand': () => ({ uitkeringPerMaandCent: bedragPerMaand(db()) }),
    'monitoring.bedragPerMaandInstellen': async ({ uitkeringPerMaandCent }) => {
      await schrijf('werkgroep', 'Bedrag per maand voor de besparingsschatting gewijzigd', (d) =>
        zetBedragPerMaand(d, uitkeringPerMaandCent),
      );
      return { uitkeringPerMaandCent: bedragPerMaand(db()) };
    },
  };
}
