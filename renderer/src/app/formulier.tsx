import { Button, Group, type ModalRootProps, Stack } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { Dialoog } from './Dialoog';
import { toonFout, toonSucces } from './notify';
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

/** A dialog with a form: the fields, then Annuleren and Opslaan. */
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
  return (
    <Dialoog opened={opened} onClose={onClose} title={title} size={size}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
        noValidate
      >
        <Stack>
          {children}
          <Group justify={links ? 'space-between' : 'flex-end'}>
            {links}
            <Group>
              <Button variant="default" onClick={onClose}>
                Annuleren
              </Button>
              <Button type="submit" loading={bezig}>
                {opslaanLabel}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Dialoog>
  );
}
