import { Select } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';

const KEUZES = [
  { value: '0', label: 'Nooit' },
  ...[5, 10, 15, 30, 60].map((m) => ({ value: String(m), label: `Na ${m} minuten zonder gebruik` })),
];

/** How long a protected file may stay open unused; a setting of this computer, saved on choosing. */
export function VergrendelInstelling() {
  const instellingen = useApiQuery('instellingen.ophalen', {});
  const bijwerken = useApiMutation('instellingen.bijwerken');
  const huidig = String(instellingen.data?.vergrendelNaMinuten ?? 0);
  // A value set elsewhere (e.g. by hand) still shows, instead of an empty box.
  const keuzes = KEUZES.some((k) => k.value === huidig)
    ? KEUZES
    : [...KEUZES, { value: huidig, label: `Na ${huidig} minuten zonder gebruik` }];

  return (
    <Select
      label="Automatisch vergrendelen"
      description="Geldt op deze computer voor bestanden met een wachtwoord. Daarna is het wachtwoord weer nodig."
      data={keuzes}
      value={huidig}
      allowDeselect={false}
      disabled={instellingen.isPending}
      onChange={(waarde) => {
        if (waarde === null) return;
        const vergrendelNaMinuten = Number(waarde);
        bijwerken.mutate(
          { vergrendelNaMinuten },
          {
            onError: toonFout,
            onSuccess: () =>
              toonSucces(
                vergrendelNaMinuten
                  ? `Tafelwerk vergrendelt na ${vergrendelNaMinuten} minuten zonder gebruik.`
                  : 'Tafelwerk vergrendelt niet vanzelf.',
              ),
          },
        );
      }}
    />
  );
}
