import { Card, Container, Title } from '@mantine/core';
import type { OpenResult } from '../../../../shared/domain/types';
import { useApiMutation } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { toonMelding } from '../../app/notify';
import { OntgrendelFormulier, type OntgrendelFormulierProps } from './OntgrendelFormulier';

type Props = Pick<
  OntgrendelFormulierProps,
  'melding' | 'onAnnuleren' | 'annulerenTekst' | 'annulerenBezig'
> & {
  /** Opened; `viaHerstelcode` means a new passphrase must be chosen now. */
  onGeopend: (result: OpenResult) => void;
};

/** The form for the protected file main keeps waiting to open. */
function BestandOntgrendelen({ onGeopend, ...props }: Props) {
  const ontgrendelen = useApiMutation('document.ontgrendelen');
  return (
    <OntgrendelFormulier
      {...props}
      vraag="Vul het wachtwoord in om verder te werken."
      bezig={ontgrendelen.isPending}
      ontgrendel={async (geheim) => {
        const result = await ontgrendelen.mutateAsync(geheim);
        if (result.melding) toonMelding(result.melding);
        onGeopend(result);
      }}
    />
  );
}

/**
 * Instead of the welcome screen while no file is open and a protected one waits (at start, after
 * locking, after choosing one). *Terug naar start* closes it for good: main forgets it as the last file.
 */
export function OntgrendelPage({ naam, onGeopend }: { naam: string; onGeopend: Props['onGeopend'] }) {
  const sluiten = useApiMutation('document.sluiten');
  return (
    <Container component="main" size="xs" py={64}>
      <Card withBorder padding="xl" shadow="sm">
        <Title order={1} size="h2" mb="md">
          Beveiligd bestand openen
        </Title>
        <BestandOntgrendelen
          melding={`“${naam}” is beveiligd met een wachtwoord.`}
          onGeopend={onGeopend}
          onAnnuleren={() => sluiten.mutate({})}
          annulerenTekst="Terug naar start"
          annulerenBezig={sluiten.isPending}
        />
      </Card>
    </Container>
  );
}

/** Over the open file, when another, protected file was chosen; *Niet openen* keeps working in this one. */
export function OntgrendelDialoog({
  melding,
  onClose,
  onGeopend,
}: Pick<Props, 'melding' | 'onGeopend'> & { onClose: () => void }) {
  return (
    <Dialoog opened onClose={onClose} title="Beveiligd bestand openen">
      <BestandOntgrendelen
        melding={melding}
        onGeopend={onGeopend}
        onAnnuleren={onClose}
        annulerenTekst="Niet openen"
      />
    </Dialoog>
  );
}
