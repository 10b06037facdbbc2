import { Select } from '@mantine/core';
import { PRESET_SLEUTELS } from '../../../../../shared/api/schemas-sroi';
import type { Waarderingsinstellingen } from '../../../../../shared/domain/realisaties';
import { useApiMutation } from '../../../api/client';
import { toonFout, toonSucces } from '../../../app/notify';
import { PRESET_LABEL, type PresetSleutel, realisatiesTekst } from './teksten';

// Presets share the Select with stored ids; the prefix keeps the two kinds of value apart.
const PRESET = 'preset:';

/** Switches the table used for new realisations: an earlier version, or a fresh copy of a preset. */
export function TabelKeuze({ instellingen }: { instellingen: Waarderingsinstellingen }) {
  const kiezen = useApiMutation('sroi.waarderingKiezen');

  const data = [
    {
      group: 'Opgeslagen versies',
      items: instellingen.tabellen.map((t) => ({
        value: t.id,
        label: `${t.naam} — versie ${t.versie} (${realisatiesTekst(t.realisaties)})`,
      })),
    },
    {
      group: 'Nieuw beginnen met een standaardtabel',
      items: PRESET_SLEUTELS.map((p) => ({
        value: `${PRESET}${p}`,
        label: `${PRESET_LABEL[p]} (standaard)`,
      })),
    },
  ];

  const kies = (waarde: string | null) => {
    if (!waarde || waarde === instellingen.actiefId) return;
    const preset = waarde.startsWith(PRESET) ? (waarde.slice(PRESET.length) as PresetSleutel) : null;
    kiezen.mutate(preset ? { preset } : { id: waarde }, {
      onError: toonFout,
      onSuccess: (nieuw) => {
        const gekozen = nieuw.tabellen.find((t) => t.id === nieuw.actiefId);
        toonSucces(
          gekozen
            ? `Nieuwe realisaties worden gewaardeerd met "${gekozen.naam}" versie ${gekozen.versie}.`
            : 'De waarderingstabel is gekozen.',
        );
      },
    });
  };

  return (
    <Select
      label="Andere tabel kiezen"
      description="Geldt voor nieuwe realisaties; een standaardtabel wordt als nieuwe versie opgeslagen."
      data={data}
      value={instellingen.actiefId}
      onChange={kies}
      allowDeselect={false}
      disabled={kiezen.isPending}
      maw={560}
    />
  );
}
