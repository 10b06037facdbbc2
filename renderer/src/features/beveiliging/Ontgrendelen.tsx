import {
  Anchor,
  Button,
  Card,
  Container,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { OpenResult } from '../../../../shared/domain/types';
import { wachtUit, wachtZin } from '../../../../shared/format/wachttijd';
import { nu } from '../../../../shared/klok';
import { ApiError, useApiMutation } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { toonMelding } from '../../app/notify';
import { TOON_WACHTWOORD } from './NieuwWachtwoordVelden';

interface Props {
  /** Which file, in a sentence: "X.tafelwerk is beveiligd met een wachtwoord." */
  melding: string;
  /** Opened; `viaHerstelcode` means a new passphrase must be chosen now. */
  onGeopend: (result: OpenResult) => void;
  onAnnuleren: () => void;
  /** What the way back does, in words: the start screen, or staying in the open file. */
  annulerenTekst: string;
  annulerenBezig?: boolean;
}

/**
 * The seconds left of a wait main imposed after failed attempts, counted down live; 0 when none.
 * Main's own check stays the rule: this only keeps the user from trying while it would be refused.
 */
function useWachttijd(): [number, (seconden: number) => void] {
  const [tot, setTot] = useState(0);
  const [over, setOver] = useState(0);
  useEffect(() => {
    if (tot === 0) return;
    const tel = () => {
      const rest = Math.max(0, Math.ceil((tot - nu().getTime()) / 1000));
      setOver(rest);
      if (rest === 0) setTot(0);
    };
    tel();
    const klok = setInterval(tel, 250);
    return () => clearInterval(klok);
  }, [tot]);
  return [over, (seconden) => setTot(seconden > 0 ? nu().getTime() + seconden * 1000 : 0)];
}

/** Passphrase (or, when forgotten, recovery code) for the protected file main keeps waiting. */
function OntgrendelFormulier({ melding, onGeopend, onAnnuleren, annulerenTekst, annulerenBezig }: Props) {
  const ontgrendelen = useApiMutation('document.ontgrendelen');
  const [metHerstelcode, setMetHerstelcode] = useState(false);
  const [geheim, setGeheim] = useState('');
  const [fout, setFout] = useState<string | undefined>();
  const veld = useRef<HTMLInputElement>(null);
  const [wachten, wacht] = useWachttijd();

  // The field to type in has focus from the start and after switching between passphrase and code.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the switch swaps the element `veld` points to.
  useEffect(() => {
    veld.current?.focus();
  }, [metHerstelcode]);

  const wissel = () => {
    setMetHerstelcode(!metHerstelcode);
    setGeheim('');
    setFout(undefined);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!geheim.trim()) {
      setFout(metHerstelcode ? 'Vul de herstelcode in.' : 'Vul het wachtwoord in.');
      return;
    }
    try {
      // Awaited, not via callbacks: this form is gone once the file is open and the shell shows.
      const result = await ontgrendelen.mutateAsync(
        metHerstelcode ? { herstelcode: geheim } : { wachtwoord: geheim },
      );
      if (result.melding) toonMelding(result.melding);
      onGeopend(result);
    } catch (error) {
      const tekst = error instanceof Error ? error.message : 'Het openen lukte niet.';
      // The wait is shown once, below the field, counting down; the error keeps what went wrong.
      const w = wachtUit(tekst);
      setFout(w ? w.tekst : tekst);
      wacht(w?.seconden ?? 0);
      // A wrong secret is typed again from scratch; a half-right one would only mislead.
      if (error instanceof ApiError && error.error.code === 'WACHTWOORD_ONJUIST') setGeheim('');
      veld.current?.focus();
    }
  };

  const bijwerken = (e: React.ChangeEvent<HTMLInputElement>) => {
    setGeheim(e.currentTarget.value);
    setFout(undefined);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{melding} Vul het wachtwoord in om verder te werken.</Text>
        {metHerstelcode ? (
          <TextInput
            ref={veld}
            label="Herstelcode"
            description="De code van acht groepen van vier tekens die u kreeg toen het wachtwoord werd ingesteld."
            value={geheim}
            onChange={bijwerken}
            error={fout}
            autoComplete="off"
            spellCheck={false}
            ff="monospace"
            data-autofocus
          />
        ) : (
          <PasswordInput
            ref={veld}
            label="Wachtwoord"
            value={geheim}
            onChange={bijwerken}
            error={fout}
            autoComplete="current-password"
            visibilityToggleButtonProps={TOON_WACHTWOORD}
            data-autofocus
          />
        )}
        {wachten > 0 && (
          <Text size="xs" c="red.8" mt={-12} role="status" data-testid="wachttijd">
            {wachtZin(wachten)}
          </Text>
        )}
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={wissel}
          style={{ alignSelf: 'flex-start' }}
        >
          {metHerstelcode ? 'Toch met het wachtwoord openen' : 'Wachtwoord vergeten? Gebruik de herstelcode'}
        </Anchor>
        <Group justify="flex-end">
          <Button variant="default" onClick={onAnnuleren} loading={annulerenBezig}>
            {annulerenTekst}
          </Button>
          <Button type="submit" loading={ontgrendelen.isPending} disabled={wachten > 0}>
            Ontgrendelen
          </Button>
        </Group>
      </Stack>
    </form>
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
        <OntgrendelFormulier
          melding={`${naam} is beveiligd met een wachtwoord.`}
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
}: Omit<Props, 'onAnnuleren' | 'annulerenTekst'> & { onClose: () => void }) {
  return (
    <Dialoog opened onClose={onClose} title="Beveiligd bestand openen">
      <OntgrendelFormulier
        melding={melding}
        onGeopend={onGeopend}
        onAnnuleren={onClose}
        annulerenTekst="Niet openen"
      />
    </Dialoog>
  );
}
