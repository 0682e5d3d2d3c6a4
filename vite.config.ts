import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The SPA lives in admin/; the API server serves the built files from dist/.
export default defineConfig({
  root: 'admin',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts'],
    testTimeout: 30000,
    hookTimeout: 60000,
    fileParallelism: true,
  },
});
