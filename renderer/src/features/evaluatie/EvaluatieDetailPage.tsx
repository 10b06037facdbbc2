import { Alert, Anchor, Loader } from '@mantine/core';
import { useApiQuery } from '../../api/client';
import { EvaluatieInhoud } from './EvaluatieInhoud';

/** One evaluation, loaded by id; a removed or unknown one says so and links back. */
export function EvaluatieDetailPage({ id }: { id: string }) {
  const detail = useApiQuery('evaluatie.detail', { id });
  if (detail.isPending) return <Loader aria-label="Evaluatie laden" />;
  if (detail.isError)
    return (
      <Alert color="red" title="Deze evaluatie kan niet worden getoond">
        {detail.error.message} <Anchor href="#/evaluatie">Terug naar de evaluaties</Anchor>
      </Alert>
    );
  return <EvaluatieInhoud evaluatie={detail.data} />;
}
