import type { SamenvoegVoorbeeld } from '../../../../shared/domain/samenvoegen';
import { useApiMutation } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { OntgrendelFormulier } from '../beveiliging/OntgrendelFormulier';

interface Props {
  /** Main's sentence naming the copy: "X.tafelwerk is beveiligd met een wachtwoord." */
  melding: string;
  onVoorbeeld: (v: SamenvoegVoorbeeld) => void;
  onClose: () => void;
}

/**
 * The merge's step for a colleague's protected copy: its passphrase or recovery code goes to main,
 * which unlocks the copy read-only and answers with the preview. Wrong attempts wait as when opening
 * a protected file; the copy is never written to.
 */
export function BeveiligdeKopieOntgrendelen({ melding, onVoorbeeld, onClose }: Props) {
  const ontgrendelen = useApiMutation('samenvoegen.ontgrendelen');
  return (
    <Dialoog opened onClose={onClose} title="Beveiligde kopie samenvoegen">
      <OntgrendelFormulier
        melding={melding}
        vraag="Vul het wachtwoord van deze kopie in; daarna ziet u eerst wat er binnenkomt."
        bezig={ontgrendelen.isPending}
        ontgrendel={async (geheim) => onVoorbeeld(await ontgrendelen.mutateAsync(geheim))}
        onAnnuleren={onClose}
        annulerenTekst="Annuleren"
      />
    </Dialoog>
  );
}
