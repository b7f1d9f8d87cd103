/** Worker for the batch pool (issue 6): parses one post. */
import { parseReport } from "../report/parse.js";

export default function work(task: { text: string; id: string }) {
  return parseReport(task.text, { id: task.id });
}
