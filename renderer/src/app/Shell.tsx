import { AppShell, Burger, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, useLayoutEffect } from 'react';
import type { DocumentInfo } from '../../../shared/domain/types';
import { AlleenLezenBalk } from '../features/samenwerken/AlleenLezenBalk';
import { ZonderPersoonsgegevensBalk } from '../features/samenwerken/ZonderPersoonsgegevensBalk';
import { useOngedaan } from '../ongedaan/useOngedaan';
import { DocumentMenu } from './DocumentMenu';
import { kopTekst, kopTitel } from './kopTekst';
import { GEBIEDEN, zoekGebied } from './navigation';
import {
  BijeenkomstenPage,
  CapaciteitPage,
  DashboardPage,
  EvaluatiePage,
  GroepenPage,
  InstellingenPage,
  InventarisatiePage,
  KandidaatPage,
  KandidatenPage,
  laadAllePaginas,
  OrganisatiesPage,
  PlanningPage,
  SroiPage,
} from './paginas';
import { SaveStatus } from './SaveStatus';
import { splitsPad, useHashRoute } from './useHashRoute';

/** The page of an area; `rest` is what follows the area in the path, e.g. a candidate's id. */
function Page({ pad, rest }: { pad: string; rest: string | null }) {
  const area = zoekGebied(pad);
  if (area?.pad === 'dashboard') return <DashboardPage />;
  // `key` remounts the page when the record changes, so no state leaks from one person to the next.
  if (area?.pad === 'kandidaten') return rest ? <KandidaatPage key={rest} id={rest} /> : <KandidatenPage />;
  if (area?.pad === 'groepen') return <GroepenPage key={rest ?? ''} id={rest} />;
  if (area?.pad === 'instellingen') return <InstellingenPage />;
  if (area?.pad === 'organisaties') return <OrganisatiesPage key={rest ?? ''} id={rest} />;
  if (area?.pad === 'sroi') return <SroiPage key={rest ?? ''} tab={rest} />;
  if (area?.pad === 'inventarisatie') return <InventarisatiePage />;
  if (area?.pad === 'capaciteit') return <CapaciteitPage />;
  if (area?.pad === 'planning') return <PlanningPage key={rest ?? ''} id={rest} />;
  // A meeting's path may name its tab and a besluit (`<id>/besluiten/<besluit>`): switching tabs keeps the page.
  if (area?.pad === 'bijeenkomsten') return <BijeenkomstenPage key={rest?.split('/')[0] ?? ''} pad={rest} />;
  if (area?.pad === 'evaluatie') return <EvaluatiePage key={rest ?? ''} id={rest} />;
  return null;
}

/** The application frame: header with the file and its save state, navigation by area, the page. */
export function Shell({ document }: { document: DocumentInfo }) {
  const [pad, navigate] = useHashRoute();
  const { gebied, rest } = splitsPad(pad);
  const [navOpen, { toggle, close }] = useDisclosure();
  const current = zoekGebied(gebied);
  useOngedaan(current?.pad ?? '', `${document.map}/${document.bestandsnaam}`);
  // The other pages load once the first one is on screen, while the user reads it.
  useEffect(() => {
    const t = setTimeout(laadAllePaginas, 1500);
    return () => clearTimeout(t);
  }, []);
  // Another page starts at its top, not where the previous one was scrolled to.
  // (In braces: Chromium's scrollTo returns a promise, which React would take for a cleanup.)
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation, which `pad` is.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [pad]);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={navOpen} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu tonen" />
            <Text fw={700} c="tafel.8" size="lg">
              Tafelwerk
            </Text>
            {/* One line; a long name ends in an ellipsis and the tooltip has it in full. */}
            <Text
              size="sm"
              truncate="end"
              maw={520}
              miw={0}
              title={kopTitel(document.werkgroepNaam, document.bestandsnaam, document.map)}
              data-testid="bestandsnaam"
            >
              {kopTekst(document.werkgroepNaam, document.bestandsnaam)}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <SaveStatus document={document} />
            <DocumentMenu document={document} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Onderdelen">
        {GEBIEDEN.map((area) => (
          <NavLink
            key={area.pad}
            href={`#/${area.pad}`}
            label={area.label}
            active={current?.pad === area.pad}
            aria-current={current?.pad === area.pad ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              navigate(area.pad);
              close();
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {document.alleenLezen && <AlleenLezenBalk />}
        {document.zonderPersoonsgegevens && <ZonderPersoonsgegevensBalk />}
        <Title order={1} mb="lg">
          {current?.label}
        </Title>
        {/* A new boundary per area: the old page goes at once, not after the new one loaded. */}
        <Suspense key={current?.pad} fallback={<Loader role="status" aria-label="Pagina laden" />}>
          <Page pad={current?.pad ?? 'dashboard'} rest={rest} />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
