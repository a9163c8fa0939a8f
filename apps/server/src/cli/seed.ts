import { reseedDemo } from "../demo/demo-seed";
import { withRuntime } from "./with-runtime";

await withRuntime(async (deps) => {
  if (!deps) return;
  const info = await reseedDemo(deps);
  console.log(`Demo studio "${info.organizationName}" re-created: sign in as ${info.email} / ${info.password}`);
});
