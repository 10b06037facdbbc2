import { Tabs } from '@mantine/core';
import { EvaluatieDetailPage } from './EvaluatieDetailPage';
import { EvaluatiesTab } from './EvaluatiesTab';
import { LessenTab } from './LessenTab';

/**
 * `#/evaluatie` shows the evaluations for the FO and the lessons log;
 * `#/evaluatie/<id>` one evaluation with its frozen figures, lessons, conclusions and proposals.
 */
export function EvaluatiePage({ id }: { id: string | null }) {
  if (id) return <EvaluatieDetailPage id={id} />;
  return (
    <Tabs defaultValue="evaluaties" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="evaluaties">Evaluaties</Tabs.Tab>
        <Tabs.Tab value="lessen">Lessen</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="evaluaties" pt="md">
        <EvaluatiesTab />
      </Tabs.Panel>
      <Tabs.Panel value="lessen" pt="md">
        <LessenTab />
      </Tabs.Panel>
    </Tabs>
  );
}
