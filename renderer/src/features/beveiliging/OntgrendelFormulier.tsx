import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../../../shared/api/contract';
import { wachtUit, wachtZin } from '../../../../shared/format/wachttijd';
import { nu } from '../../../../shared/klok';
import { ApiError } from '../../api/client';
import { TOON_WACHTWOORD } from './NieuwWachtwoordVelden';

/** The passphrase or the recovery code, as main takes it for every unlock. */
export type OntgrendelGeheim = InputOf<'document.ontgrendelen'>;

export interface OntgrendelFormulierProps {
  /** Which file, in a sentence: "X.tafelwerk is beveiligd met een wachtwoord." */
  melding: string;
  /** What unlocking is for, as the sentence after `melding`: "Vul het wachtwoord in om verder te werken." */
  vraag: string;
  /**
   * Sends the secret to main, which unlocks and keeps what it opened; it throws main's error. A
   * wait main imposed after failed attempts is counted down here and keeps the button off.
   */
  ontgrendel: (geheim: OntgrendelGeheim) => Promise<void>;
  bezig: boolean;
  onAnnuleren: () => void;
  /** What the way back does, in words: the start screen, staying in the open file, not merging. */
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

/**
 * Passphrase (or, when forgotten, recovery code) for a protected file main keeps waiting: the
 * file to open, or a colleague's copy to merge. The secret goes to main only; nothing is kept here.
 */
export function OntgrendelFormulier({
  melding,
  vraag,
  ontgrendel,
  bezig,
  onAnnuleren,
  annulerenTekst,
  annulerenBezig,
}: OntgrendelFormulierProps) {
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
      // Awaited, not via callbacks: this form may be gone once the secret opened what it was for.
      await ontgrendel(metHerstelcode ? { herstelcode: geheim } : { wachtwoord: geheim });
    } catch (error) {
      const tekst = error instanceof Error ? error.message : 'Het ontgrendelen lukte niet.';
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
        <Text>
          {melding} {vraag}
        </Text>
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
          <Button type="submit" loading={bezig} disabled={wachten > 0}>
            Ontgrendelen
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
