import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import 'dayjs/locale/nl';
import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import { cssVariablesResolver, theme } from './theme';
import { zwevendThema } from './theme-zwevend';

// The Content-Security-Policy forbids eval; zod would otherwise probe for it (and log a violation).
z.config({ jitless: true });

// Data lives in one local file; no background refetching, no retries that would hide an error.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: Number.POSITIVE_INFINITY },
  },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider
        theme={mergeThemeOverrides(theme, zwevendThema)}
        cssVariablesResolver={cssVariablesResolver}
      >
        {/* Dutch month and day names, weeks from Monday: whatever language the computer runs in. */}
        <DatesProvider settings={{ locale: 'nl', firstDayOfWeek: 1 }}>
          <QueryClientProvider client={queryClient}>
            <Notifications position="top-right" />
            <App />
          </QueryClientProvider>
        </DatesProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
