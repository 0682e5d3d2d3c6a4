import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));

// The SPA lives in admin/; the API server serves the built files from dist/.
export default defineConfig({
  root: path.join(here, 'admin'),
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  test: {
    root: here,
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // A browser page under a loaded CI machine can take seconds to render; waits match Playwright's 15 s.
    expect: { poll: { timeout: 15_000 } },
  },
});
