import { Alert, Anchor, Stack } from '@mantine/core';

interface Props {
  /** "Deze kandidaat": what could not be opened. */
  wat: string;
  /** main's Dutch reason. */
  melding: string;
  /** The list to go back to: its hash path and its name ("alle kandidaten"). */
  terug: { pad: string; naar: string };
}

/** A record's page that cannot be shown (deleted meanwhile, say): why, and the way back. */
export function NietTeOpenen({ wat, melding, terug }: Props) {
  return (
    <Stack>
      <Alert color="red" title={`${wat} is niet te openen`}>
        {melding}
      </Alert>
      <Anchor href={`#/${terug.pad}`}>← Terug naar {terug.naar}</Anchor>
    </Stack>
  );
}
