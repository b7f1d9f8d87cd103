/**
 * Where person names start, as recognizePeople computed them for a document (e.g. the start of
 * "Trần Văn An" in "Giám đốc Sở X Trần Văn An"): org.ts reuses the set when it is the same, so the
 * organisation phrases read for titles are not read again.
 */
import type { Doc } from "../text/normalize.js";

export const peopleNameStarts = {
  get: (doc: Doc): Set<number> | undefined => doc.memo.nameStarts as Set<number> | undefined,
  set: (doc: Doc, starts: Set<number>): void => {
    doc.memo.nameStarts = starts;
  },
};
