import * as z from "zod/mini";
import { notBlank } from "./text-checks.js";

/**
 * Schema of one author as the listing names them.
 *
 * People carry `given` and `family` (particles and compound surnames belong
 * to `family`: "van den Oord", "Puigdomènech Badia"); groups such as
 * "Gemma Team" carry `literal: true` instead. A name the parser could not
 * analyse has neither, and the parser says so in a diagnostic.
 *
 * @example
 * // Validate an author read from untrusted JSON
 * AuthorSchema.parse({ name: "Aaron van den Oord", given: "Aaron", family: "van den Oord" });
 * //=> { name: "Aaron van den Oord", given: "Aaron", family: "van den Oord" }
 */
export const AuthorSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The name exactly as written in the listing. */
    name: z.string().check(notBlank("an author needs a name that is not blank")),
    /** Given names and initials of a person ("S. M. Ali"). */
    given: z.optional(z.string()),
    /** Family name of a person, with its particles ("van den Oord"). */
    family: z.optional(z.string()),
    /** Generational suffix of a person ("Jr.", "III"). */
    suffix: z.optional(z.string()),
    /** `true` for a group or organisation ("Gemma Team"), written as a unit. */
    literal: z.optional(z.literal(true, { error: "literal is either true or absent" })),
  }))();

/**
 * One author of a paper: a person with `given` and `family`, or a group with `literal: true`.
 *
 * @example
 * // A group author
 * const team: Author = { name: "Gemma Team", literal: true };
 */
export type Author = z.infer<typeof AuthorSchema>;
