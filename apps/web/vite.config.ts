import { createRequire } from "node:module";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";
import { compression } from "vite-plugin-compression2";

/** The API server Vite forwards to in development (`npm run dev`). */
const apiTarget = process.env.BACKLOT_API_URL ?? "http://localhost:3000";

/**
 * The server accepts cookie-authenticated writes only from its own origin. In development the
 * browser's origin is Vite's, so the proxy presents the request as coming from the API origin.
 */
const asApiOrigin: ProxyOptions["configure"] = (proxy) => {
  const origin = new URL(apiTarget).origin;
  proxy.on("proxyReq", (req) => {
    if (req.getHeader("origin")) req.setHeader("origin", origin);
  });
  proxy.on("proxyReqWs", (req) => {
    if (req.getHeader("origin")) req.setHeader("origin", origin);
  });
};

/** frappe-gantt exposes its stylesheet only under the "style" export condition; point at the file. */
const frappeGanttCss = path.join(path.dirname(createRequire(import.meta.url).resolve("frappe-gantt")), "frappe-gantt.css");

export default defineConfig({
  plugins: [
    react(),
    // Brotli and gzip copies beside each asset, served by the API server when the browser accepts them.
    compression({ algorithms: ["brotliCompress", "gzip"], include: /\.(js|css|html|svg|json|txt)$/, threshold: 1024 }),
  ],
  resolve: { alias: { "frappe-gantt/style.css": frappeGanttCss } },
  server: {
    port: 5173,
    proxy: {
      "/api": { target: apiTarget, ws: true, configure: asApiOrigin },
      "/metrics": { target: apiTarget },
    },
  },
  build: {
    outDir: "dist",
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // The first page loads the shell chunk (React, the router, the Mantine parts of the frame, the
    // sign-in page) and its own page; every other page is a chunk of its own (app/lazy-pages.tsx).
    // Libraries several pages share go to a few named chunks instead of dozens of tiny ones, and
    // app code shared by pages is grouped by which pages use it ("shared~<pages>", merged when small).
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => (chunk.name.startsWith("shared~") ? "assets/shared-[hash].js" : "assets/[name]-[hash].js"),
        codeSplitting: {
          groups: [
            { name: "shell", tags: ["$initial"], priority: 3 },
            { name: "dnd", test: /node_modules[\\/]@dnd-kit[\\/]/, priority: 2 },
            { name: "dates", test: /node_modules[\\/]@mantine[\\/]dates[\\/]/, priority: 2 },
            { name: "vendor", test: /node_modules/, minShareCount: 2, priority: 1 },
            { name: "shared", minShareCount: 2, priority: 0, entriesAware: true, entriesAwareMergeThreshold: 30_000 },
          ],
        },
      },
    },
  },
});
