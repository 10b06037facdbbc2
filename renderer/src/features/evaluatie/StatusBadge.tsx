import { Badge } from '@mantine/core';
import type { EvaluatieRegel } from '../../../../shared/domain/monitoring';
import { statusTekst } from './weergave';

/** "Concept" in grey; "Naar de FO op …" in the house colour, since that one is final. */
export function StatusBadge({ evaluatie }: { evaluatie: Pick<EvaluatieRegel, 'status' | 'verzondenOp'> }) {
  return (
    <Badge
      variant="light"
      color={evaluatie.status === 'verzonden' ? 'tafel' : 'gray'}
      c="dark.8"
      tt="none"
      data-testid="evaluatie-status"
    >
      {statusTekst(evaluatie)}
    </Badge>
  );
}
