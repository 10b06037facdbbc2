import type { KandidaatStatus } from '../../../../shared/domain/kandidaten';
import { KleurBadge } from './KleurBadge';
import { STATUS_KLEUR, statusLabel } from './weergave';

export function StatusBadge({ status }: { status: KandidaatStatus }) {
  return <KleurBadge kleur={STATUS_KLEUR[status]}>{statusLabel(status)}</KleurBadge>;
}
