// Empty dist/ before a build, so no module deleted from src/ lingers in the package.
import { rmSync } from "node:fs";
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
