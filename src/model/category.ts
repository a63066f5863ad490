import * as z from "zod/mini";

/**
 * Schema of an arXiv subject category.
 *
 * @example
 * // Validate a category read from JSON
 * CategorySchema.parse({ code: "CL", id: "cs.CL", name: "Computation and Language", archive: "cs" });
 * //=> { code: "CL", id: "cs.CL", name: "Computation and Language", archive: "cs" }
 */
export const CategorySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The code the listing shows: the part after the dot of the arXiv id ("CL"). */
    code: z.string().check(z.minLength(1, { error: "a category needs a code" })),
    /** The full arXiv identifier ("cs.CL"). */
    id: z.string().check(z.minLength(1, { error: "a category needs an arXiv id such as cs.CL" })),
    /** arXiv's English name ("Computation and Language"). */
    name: z.string(),
    /** The archive the category belongs to ("cs"). */
    archive: z.string(),
  }))();

/**
 * An arXiv subject category such as cs.CL.
 *
 * @example
 * // The category of a computation-and-language paper
 * const cl: Category = { code: "CL", id: "cs.CL", name: "Computation and Language", archive: "cs" };
 */
export type Category = z.infer<typeof CategorySchema>;
