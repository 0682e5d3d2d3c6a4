import { QueryClient } from '@tanstack/react-query';

// Reading a subject's card is itself an audited event on the server, so data is not
// re-fetched just because the window regained focus, and refused requests (4xx) are
// not retried.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => {
        const status = (error as { status?: number }).status;
        return (status == null || status >= 500) && failureCount < 2;
      },
    },
  },
});
