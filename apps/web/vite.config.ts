import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The API server Vite forwards to in development (`npm run dev`). */
const apiTarget = process.env.BACKLOT_API_URL ?? "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/api": { target: apiTarget, ws: true },
      "/metrics": { target: apiTarget },
    },
  },
  build: {
    outDir: "dist",
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
