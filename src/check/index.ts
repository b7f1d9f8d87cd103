/** Placeholder: consistency checks are being written (issue 5). */
import type { Finding, Report } from "../schema.js";

export function checkReport(_report: Report, _input?: string): Finding[] {
  return [];
}
