import { Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import type { Organisatie } from '../../../../shared/domain/organisaties';
import { ditJaar } from '../../../../shared/klok';
import { useApiQuery } from '../../api/client';
import { NietTeOpenen } from '../../app/NietTeOpenen';
import { AanbodSectie } from './AanbodSectie';
import { GegevensSecties } from './GegevensSecties';
import { OrganisatieFormulier } from './OrganisatieFormulier';
import { OrganisatieKop } from './OrganisatieKop';
import { SroiSectie } from './SroiSectie';
import { StappenSectie } from './StappenSectie';

/**
 * One organisation: its record and contact, what it offers, the steps it delivers, its contracts
 * and SROI. Candidates appear by code; names only after "Namen tonen", on every visit anew.
 */
export function OrganisatiePage({ id }: { id: string }) {
  const [namenTonen, setNamenTonen] = useState(false);
  const [jaar, setJaar] = useState(ditJaar());
  const [bewerken, setBewerken] = useState<Organisatie | undefined>(undefined);
  // The previous answer stays while names or another year load, so the switch keeps its focus.
  const pagina = useApiQuery('organisaties.pagina', { id, metNamen: namenTonen, jaar }, true, true);

  if (pagina.isError)
    return (
      <NietTeOpenen
        wat="Deze organisatie"
        melding={pagina.error.message}
        terug={{ pad: 'organisaties', naar: 'alle organisaties' }}
      />
    );
  if (pagina.isPending) return <Loader aria-label="Organisatie laden" />;
  const p = pagina.data;

  return (
    <Stack gap="xl">
      <OrganisatieKop organisatie={p.organisatie} onBewerken={() => setBewerken(p.organisatie)} />
      <GegevensSecties organisatie={p.organisatie} />
      <AanbodSectie aanbod={p.aanbod} rondes={p.rondes} gemeente={p.organisatie.soort === 'gemeente'} />
      <StappenSectie stappen={p.stappen} namenTonen={namenTonen} onNamenTonen={setNamenTonen} />
      <SroiSectie sroi={p.sroi} contracten={p.contracten} onJaar={setJaar} />
      <OrganisatieFormulier organisatie={bewerken} onClose={() => setBewerken(undefined)} />
    </Stack>
  );
}
