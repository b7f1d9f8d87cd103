/**
 * `baocao`: the command line wired to this process — arguments, standard streams, signals, exit.
 * The commands are in commands/ (and src/server/command.ts for `serve`), a batch run in batch.ts.
 *
 * During `extract` and `check`, SIGINT / SIGTERM stop the run within a second: whole lines stay
 * written, the lock is released, exit 130 / 143 with "run again with --resume to continue".
 * A second signal exits at once. `serve` handles its own signals and keeps the process alive.
 */
import { runCli } from "./program.js";

const controller = new AbortController();
let signals = 0;
const onSignal = (sig: NodeJS.Signals) => {
  signals++;
  if (signals > 1) process.exit(sig === "SIGTERM" ? 143 : 130);
  controller.abort(sig);
  // Should anything keep the run from ending (a read that never returns), end it anyway.
  setTimeout(() => process.exit(sig === "SIGTERM" ? 143 : 130), 900).unref();
};

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
  watchSignals: () => {
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  },
  realStdout: true,
});
// a command that runs on (serve) gives no code: the process lives while it does
if (code !== undefined) process.exit(code);
