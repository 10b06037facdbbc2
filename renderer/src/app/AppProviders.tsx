import './stijlen';
import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';
import { z } from 'zod';
import { cssVariablesResolver, theme } from '../theme';
import { zwevendThema } from '../theme-zwevend';

// The Content-Security-Policy forbids eval; zod would otherwise probe for it (and log a violation).
z.config({ jitless: true });

/** Data lives in one local file; no background refetching, no retries that would hide an error. */
export function maakQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: Number.POSITIVE_INFINITY },
    },
  });
}

/**
 * Everything the app's root provides around a screen: the theme, Dutch dates, the query cache and
 * notifications. The app and the component tests (tests/bouwstenen) render inside the same one.
 */
export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <StrictMode>
      <MantineProvider
        theme={mergeThemeOverrides(theme, zwevendThema)}
        cssVariablesResolver={cssVariablesResolver}
      >
        {/* Dutch month and day names, weeks from Monday: whatever language the computer runs in. */}
        <DatesProvider settings={{ locale: 'nl', firstDayOfWeek: 1 }}>
          <QueryClientProvider client={client}>
            {/* Bottom left, over the navigation's empty lower part: at the top they covered the
                header's Bestand menu and a dialog's close button, at the bottom right a dialog's
                Opslaan. Narrow, so they reach little into the page. */}
            <Notifications position="bottom-left" containerWidth={360} />
            {children}
          </QueryClientProvider>
        </DatesProvider>
      </MantineProvider>
    </StrictMode>
  );
}
