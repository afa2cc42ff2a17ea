import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/queries';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { SessionGate } from './components/SessionGate';
import { theme } from './theme';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <SessionGate>
        <QueryClientProvider client={queryClient}>
          <ErrorBoundary where="shell">
            <App />
          </ErrorBoundary>
        </QueryClientProvider>
      </SessionGate>
    </MantineProvider>
  </StrictMode>,
);
