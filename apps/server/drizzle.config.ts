import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  // Core tables live with the platform; each module keeps its own tables beside its code.
  schema: ["./src/platform/db/schema.ts", "./src/modules/*/*.schema.ts"],
  out: "./migrations",
});
