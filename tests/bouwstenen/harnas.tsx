import '../../renderer/src/app/stijlen';
import { createRoot } from 'react-dom/client';
import { AppProviders, maakQueryClient } from '../../renderer/src/app/AppProviders';
import { FORMULIER_SCENARIOS } from './formulieren';
import { STATUS_SCENARIOS } from './status';
import { TYPEN_SCENARIOS } from './typen';
import { VELD_SCENARIOS } from './velden';

/**
 * The test render wrapper: one building block, named by the address (`#DatumVeld`), inside the
 * providers the app's root uses (AppProviders: theme, Dutch dates, query cache, notifications).
 */
const SCENARIOS = { ...VELD_SCENARIOS, ...FORMULIER_SCENARIOS, ...TYPEN_SCENARIOS, ...STATUS_SCENARIOS };

const naam = decodeURIComponent(location.hash.slice(1));
const Scenario = SCENARIOS[naam as keyof typeof SCENARIOS];
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <AppProviders client={maakQueryClient()}>
      <div data-scenario={naam}>{Scenario ? <Scenario /> : <p>Onbekend scenario: {naam}</p>}</div>
    </AppProviders>,
  );
