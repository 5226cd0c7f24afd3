// The workbench's root: the query cache, notifications, importing, and the
// shell, with an error boundary so a failure never leaves a blank window.

import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from '../api/query-client.ts';
import { ImportProvider } from '../importing/ImportProvider.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ToastProvider } from './ToastProvider.tsx';
import { Workbench } from './Workbench.tsx';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <ImportProvider>
          <ErrorBoundary>
            <Workbench />
          </ErrorBoundary>
        </ImportProvider>
      </ToastProvider>
    </QueryClientProvider>
  );
}
