/**
 * true when A and B are the same type to TypeScript's own identity relation, else false: the
 * check behind expectTypeOf(…).toEqualTypeOf<…>(), without the intersections expect-type adds
 * around it. On the Report and Facts types (Zod's inference over the whole schema) those cost the
 * type check of npm test ~1 s of CPU; this costs next to nothing, and tells apart every difference
 * toEqualTypeOf does (an extra optional key, readonly, optional against `| undefined`, any; also
 * the same keys written as another intersection).
 *
 *   const same: Identical<ReturnType<typeof parseReport>, z.infer<typeof Report>> = true;
 */
export type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
