// `npm start` builds the web app only when its sources are newer than the last build.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const built = path.join(root, "apps/web/dist/index.html");
const sources = ["apps/web/src", "apps/web/index.html", "apps/web/vite.config.ts", "packages/contracts/src"];

function newestMtime(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
const changedAt = Math.max(
  ...sources
    .map((s) => path.join(root, s))
    .filter(fs.existsSync)
    .map(newestMtime),
);
if (changedAt > builtAt) {
  console.log("Building the web app…");
  execSync("npm run build -w apps/web", { cwd: root, stdio: "inherit" });
}
