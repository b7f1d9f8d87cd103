#!/usr/bin/env node
import {
  processPost
} from "./chunk-RH72PWUJ.js";

// src/cli/worker.ts
function work(task) {
  return processPost(task.post, task.opts);
}
export {
  work as default
};
//# sourceMappingURL=worker.js.map