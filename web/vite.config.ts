import { defineConfig } from "vite";

/**
 * The web pages: plain TypeScript modules, no framework. `vite build web` (or `npm run build:web`)
 * writes web/dist, which the local server and the CDK deployment serve. `vite web` serves the pages
 * with hot reload and sends API calls to a running `npm start` (PASSUNG_API, default port 3000).
 */
const API = process.env.PASSUNG_API ?? "http://127.0.0.1:3000";
const API_PATHS = [
  "/health",
  "/openapi.json",
  "/occupations",
  "/postal-codes",
  "/mentoring-places",
  "/qualification-offers",
  "/matches",
  "/candidates",
  "/referrals",
  "/statistics",
  "/dev",
];

export default defineConfig({
  base: "/",
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", sourcemap: false },
  server: { proxy: Object.fromEntries(API_PATHS.map((path) => [path, API])) },
});
