import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The contracts are compiled from source here, so the forms use exactly the API's schemas.
    alias: { '@srt/contracts': path.resolve(__dirname, '../../packages/contracts/src/index.ts') },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // React and the router change far less often than our code: in their own file they stay cached
        // across releases. Other libraries stay where Rollup puts them, so that what only the lazy
        // administration pages use (tables, dialogs, tabs) is not loaded up front.
        manualChunks: (id) =>
          /\/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id) ? 'react' : undefined,
      },
    },
  },
});
