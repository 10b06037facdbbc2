import { Button, Group, type ModalRootProps, Stack } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Dialoog } from './Dialoog';
import { controleerDatumvelden } from './datumTekst';
import { velden } from './NietOpslaanVraag';
import { toonFout, toonSucces } from './notify';
import { useVraagVoorSluiten } from './useVraagVoorSluiten';
import { zonderFout } from './zodForm';

/**
 * The values of a form and the messages of its last attempt. `maak` builds the values from `bron`
 * (the record being edited); both are reset whenever `bron` changes, i.e. when the form opens on
 * another record. Changing a field clears that field's message (or the one named `foutVeld`,
 * for fields whose schema key differs, e.g. a percentage typed as text).
 */
export function useVelden<V, B>(bron: B, maak: (bron: B) => V) {
  const [v, setV] = useState<V>(() => maak(bron));
  const [fouten, setFouten] = useState<Record<string, string>>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the record changes, not when the caller's `maak` is re-created.
  useEffect(() => {
    setV(maak(bron));
    setFouten({});
  }, [bron]);
  const zet = <K extends keyof V>(veld: K, waarde: V[K], foutVeld: string = String(veld)) => {
    setV((oud) => ({ ...oud, [veld]: waarde }));
    setFouten((oud) => zonderFout(oud, foutVeld));
  };
  return { v, zet, fouten, setFouten };
}

/** A save mutation's callbacks: a Dutch error notification, or a success message and close. */
export function naOpslaan<T>(melding: (opgeslagen: T) => string, sluit: () => void) {
  return {
    onError: toonFout,
    onSuccess: (opgeslagen: T) => {
      toonSucces(melding(opgeslagen));
      sluit();
    },
  };
}

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: ModalRootProps['size'];
  /** Called on submit (Enter or the button); the browser's own validation is off. */
  onSubmit: () => void;
  bezig: boolean;
  /** Shown on the left of the footer, e.g. an archive button. */
  links?: ReactNode;
  opslaanLabel?: string;
  children: ReactNode;
}

/**
 * A dialog with a form: the fields, then Annuleren and Opslaan. Closing it without saving (the
 * cross, Escape, Annuleren, a click beside it) after something was changed asks first.
 */
export function FormulierDialoog({
  opened,
  onClose,
  title,
  size,
  onSubmit,
  bezig,
  links,
  opslaanLabel = 'Opslaan',
  children,
}: Props) {
  const formulier = useRef<HTMLFormElement>(null);
  // The fields as they were when the form first got focus (the dialog focuses its first field once
  // it is open, after the form's own effects filled it in), or before the first key or click.
  const begin = useRef<string | null>(null);
  useEffect(() => {
    if (!opened) begin.current = null;
  }, [opened]);
  const legBeginVast = () => {
    if (begin.current === null && formulier.current) begin.current = velden(formulier.current);
  };
  const { sluit, vraag } = useVraagVoorSluiten({
    opened,
    titel: title,
    gewijzigd: () =>
      begin.current !== null && !!formulier.current && velden(formulier.current) !== begin.current,
    onClose,
  });

  return (
    <Dialoog opened={opened} onClose={sluit} title={title} size={size}>
      <form
        ref={formulier}
        onSubmit={(e) => {
          e.preventDefault();
          // A date field holding text that is no date keeps the form's last date: never save that.
          if (controleerDatumvelden(e.currentTarget)) onSubmit();
        }}
        onFocusCapture={legBeginVast}
        onPointerDownCapture={legBeginVast}
        onKeyDownCapture={legBeginVast}
        noValidate
      >
        <Stack>
          {children}
          <Group justify={links ? 'space-between' : 'flex-end'}>
            {links}
            <Group>
              <Button variant="default" onClick={sluit}>
                Annuleren
              </Button>
              <Button type="submit" loading={bezig}>
                {opslaanLabel}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      {vraag}
    </Dialoog>
  );
}
