/** What the audit shape tables read of a text's people: their names, and one person's posts as "title | org". */
import { parseReport } from "../../src/index.js";

export const people = (text: string) => parseReport(text).people;
export const names = (text: string) => people(text).map((p) => p.name);
/** The posts of the person named `name` ("Phó Giám đốc | Sở Y tế", a title alone when no org), or null when no such person. */
export const posts = (text: string, name: string) =>
  people(text)
    .find((p) => p.name === name)
    ?.positions.map((x) => (x.org ? `${x.title} | ${x.org}` : x.title)) ?? null;
