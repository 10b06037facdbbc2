import { Stack } from '@mantine/core';
import { MenukaartSectie } from './MenukaartSectie';
import { WaarderingstabelSectie } from './WaarderingstabelSectie';

/**
 * The SROI tab for valuation settings: the table comes first because nothing can be valued
 * without one; the menukaart decides per option whether that table applies.
 */
export function WaarderingTab() {
  return (
    <Stack gap="xl">
      <WaarderingstabelSectie />
      <MenukaartSectie />
    </Stack>
  );
}
