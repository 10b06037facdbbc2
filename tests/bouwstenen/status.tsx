import { Loader, Stack } from '@mantine/core';
import { SaveStatus } from '../../renderer/src/app/SaveStatus';
import { StartFout } from '../../renderer/src/app/StartFout';
import { VanzelfOpgeslagen } from '../../renderer/src/app/VanzelfOpgeslagen';
import { Waarschuwing } from '../../renderer/src/app/Waarschuwing';
import { OPGESLAGEN } from './typen';

const MISLUKT = {
  ...OPGESLAGEN,
  opslagstatus: 'fout' as const,
  opslagfout: 'Opslaan is mislukt (EACCES). Uw wijzigingen staan nog in Tafelwerk.',
};

/** The pieces that say how things stand: saving, loading, a warning, a failed start. */
function Status() {
  return (
    <Stack w={480}>
      <div data-testid="opgeslagen">
        <SaveStatus document={OPGESLAGEN} />
      </div>
      <div data-testid="mislukt">
        <SaveStatus document={MISLUKT} />
      </div>
      <Loader aria-label="Aanbod laden" />
      <Waarschuwing title="Let op">De capaciteit is in dit kwartaal te klein.</Waarschuwing>
      <VanzelfOpgeslagen />
    </Stack>
  );
}

export const STATUS_SCENARIOS = {
  Status,
  StartFout: () => <StartFout error={new Error('Het bestand kon niet worden gelezen.')} />,
};
