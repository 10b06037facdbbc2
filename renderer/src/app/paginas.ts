import { lazy } from 'react';

/**
 * Each area's page is its own chunk: the start loads the shell and the dashboard, not every page's
 * code. Once the app is up, the other pages load in the background (`laadAllePaginas`), so moving
 * to them is as quick as before.
 */
const LADERS = {
  BijeenkomstenPage: () => import('../features/bijeenkomsten/BijeenkomstenPage'),
  CapaciteitPage: () => import('../features/capaciteit/CapaciteitPage'),
  DashboardPage: () => import('../features/dashboard/DashboardPage'),
  EvaluatiePage: () => import('../features/evaluatie/EvaluatiePage'),
  GroepenPage: () => import('../features/groepen/GroepenPage'),
  InstellingenPage: () => import('../features/instellingen/InstellingenPage'),
  InventarisatiePage: () => import('../features/inventarisatie/InventarisatiePage'),
  KandidaatPage: () => import('../features/kandidaten/KandidaatPage'),
  KandidatenPage: () => import('../features/kandidaten/KandidatenPage'),
  OrganisatiesPage: () => import('../features/organisaties/OrganisatiesPage'),
  PlanningPage: () => import('../features/planning/PlanningPage'),
  SroiPage: () => import('../features/sroi/SroiPage'),
};

export const BijeenkomstenPage = lazy(() =>
  LADERS.BijeenkomstenPage().then((m) => ({ default: m.BijeenkomstenPage })),
);
export const CapaciteitPage = lazy(() =>
  LADERS.CapaciteitPage().then((m) => ({ default: m.CapaciteitPage })),
);
export const DashboardPage = lazy(() => LADERS.DashboardPage().then((m) => ({ default: m.DashboardPage })));
export const EvaluatiePage = lazy(() => LADERS.EvaluatiePage().then((m) => ({ default: m.EvaluatiePage })));
export const GroepenPage = lazy(() => LADERS.GroepenPage().then((m) => ({ default: m.GroepenPage })));
export const InstellingenPage = lazy(() =>
  LADERS.InstellingenPage().then((m) => ({ default: m.InstellingenPage })),
);
export const InventarisatiePage = lazy(() =>
  LADERS.InventarisatiePage().then((m) => ({ default: m.InventarisatiePage })),
);
export const KandidaatPage = lazy(() => LADERS.KandidaatPage().then((m) => ({ default: m.KandidaatPage })));
export const KandidatenPage = lazy(() =>
  LADERS.KandidatenPage().then((m) => ({ default: m.KandidatenPage })),
);
export const OrganisatiesPage = lazy(() =>
  LADERS.OrganisatiesPage().then((m) => ({ default: m.OrganisatiesPage })),
);
export const PlanningPage = lazy(() => LADERS.PlanningPage().then((m) => ({ default: m.PlanningPage })));
export const SroiPage = lazy(() => LADERS.SroiPage().then((m) => ({ default: m.SroiPage })));

/** Fetches every page's chunk now (they are cached), e.g. when the app is idle after the start. */
export function laadAllePaginas(): void {
  for (const laad of Object.values(LADERS)) void laad().catch(() => undefined);
}
