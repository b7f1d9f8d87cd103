/**
 * The work of one request of `baocao serve`, in a pool thread (or in the main thread when the
 * server runs without threads): parse the text, and answer with the report, its findings or its
 * facts, serialised here so that only a string crosses back to the HTTP thread.
 *
 *   { op: "parse", text: "Doanh thu đạt 3,5 tỷ đồng.", id: "a" } → '{"version":1,"id":"a",…}'
 *   { op: "check", text }                                        → '{"findings":[…]}'
 *   { op: "facts", text, id: "a" }                               → '{"id":"a","date":null,"people":[],"figures":[…]}'
 */
import { parseReport } from "../report/parse.js";
import { toFacts } from "../report/facts.js";

export type Op = "parse" | "check" | "facts";

export interface Task {
  op: Op;
  text: string;
  id?: string;
  referenceDate?: string;
  /** Indent the JSON (?pretty). */
  pretty?: boolean;
}

export default function work(task: Task): string {
  const report = parseReport(task.text, { ...(task.id !== undefined ? { id: task.id } : {}), ...(task.referenceDate ? { referenceDate: task.referenceDate } : {}) });
  const body =
    task.op === "parse"
      ? report
      : task.op === "check"
        ? { ...(task.id !== undefined ? { id: task.id } : {}), findings: report.findings }
        : toFacts(report, task.id);
  return JSON.stringify(body, null, task.pretty ? 2 : undefined);
}
