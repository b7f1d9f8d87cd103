/**
 * A real browser for the view's tests (issue 15): Debian's Chromium, driven by playwright-core,
 * offline, with a fresh profile. When no Chromium is found the tests are skipped with a message
 * saying how to get one (`.ci/run` installs it).
 *
 * Debian's chromium-headless-shell (the same Blink and V8 as its chromium, without the browser
 * around them) is taken first when it is there: the same test file costs about two thirds of the
 * CPU (measured in a cpuacct cgroup, which counts Chromium's children: 8.2 s instead of 12.1 s,
 * load ~6.5; launch and close 0.8 s instead of 1.5 s, a page opened and closed 0.09 s instead of
 * 0.25 s). `.ci/run` installs it; the full chromium is used when it is the only one.
 *
 *   BAOCAO_CHROMIUM=/path/to/chrome  use that browser;  BAOCAO_CHROMIUM=none  act as if there were none
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";

export function findChromium(): string | undefined {
  const env = process.env.BAOCAO_CHROMIUM;
  if (env !== undefined) return env && env !== "none" && existsSync(env) ? env : undefined;
  return ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"].find((p) => existsSync(p));
}

export const CHROME_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export interface Browser {
  ctx: BrowserContext;
  /** Console errors, page errors and requests that left file:// — all must stay empty. */
  problems: string[];
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(executablePath: string): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  const profile = mkdtempSync(join(tmpdir(), "baocao-chromium-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROME_ARGS,
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    timeout: 120_000,
    offline: true,
  });
  ctx.setDefaultTimeout(90_000);
  const problems: string[] = [];
  // Pages are self-contained: anything but file:, data: and blob: is a failure.
  await ctx.route(/^(?!file:|data:|blob:)/, (route) => {
    problems.push(`network: ${route.request().url()}`);
    return route.abort();
  });
  return {
    ctx,
    problems,
    async open(url: string) {
      const page = await ctx.newPage();
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()} on ${url}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`page error on ${url}: ${e.message}`));
      await page.goto(url);
      return page;
    },
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
