import { withRuntime } from "./with-runtime";

await withRuntime(async () => console.log("Migrations are up to date."), false);
