// A validator for CSL-JSON items written from the CSL project's schema
// (citation-style-language/schema, schemas/input/csl-data.json): the item
// type list, the allowed keys and their JSON types, the name and date shapes.
// additionalProperties is false there, so unknown keys are errors here too.

const TYPES = new Set([
  "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
  "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "figure",
  "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
  "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
  "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
  "thesis", "treaty", "webpage",
]);
const NAME_FIELDS = new Set([
  "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
  "director", "editor", "editorial-director", "executive-producer", "interviewer", "illustrator", "organizer",
  "original-author", "performer", "producer", "recipient", "reviewed-author", "translator",
]);
const DATE_FIELDS = new Set(["accessed", "available-date", "container", "event-date", "issued", "original-date", "submitted"]);
const STRING_OR_NUMBER = new Set([
  "id", "chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number", "issue",
  "locator", "number", "number-of-pages", "number-of-volumes", "page", "page-first", "part", "printing",
  "supplement", "volume",
]);
const STRINGS = new Set([
  "language", "journalAbbreviation", "shortTitle", "abstract", "annote", "archive", "archive_collection",
  "archive_location", "archive-place", "authority", "call-number", "citation-label", "collection-title",
  "container-title", "container-title-short", "dimensions", "division", "DOI", "event", "event-place", "genre",
  "ISAN", "ISBN", "ISCI", "ISMN", "ISRC", "ISSN", "ISWC", "jurisdiction", "keyword", "medium", "note",
  "original-publisher", "original-publisher-place", "original-title", "part-title", "PMCID", "PMID", "publisher",
  "publisher-place", "references", "reviewed-title", "scale", "section", "source", "status", "title",
  "title-short", "translated-title", "translated-title-short", "URL", "version", "year-suffix",
]);
const NAME_STRINGS = new Set(["family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal"]);
const NAME_FLAGS = new Set(["comma-suffix", "static-ordering", "parse-names"]);

/** Every way `data` breaks the CSL-JSON schema, as readable paths; empty when valid. */
export function cslSchemaErrors(data: unknown): string[] {
  const errors: string[] = [];
  if (!Array.isArray(data)) return ["root: not an array"];
  data.forEach((item: unknown, i) => {
    const at = `[${i}]`;
    if (!isObject(item)) return void errors.push(`${at}: not an object`);
    if (!("type" in item) || !("id" in item)) errors.push(`${at}: type and id are required`);
    for (const [key, value] of Object.entries(item)) {
      const path = `${at}.${key}`;
      if (key === "type") {
        if (typeof value !== "string" || !TYPES.has(value)) errors.push(`${path}: unknown type ${String(value)}`);
      } else if (key === "categories") {
        if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) errors.push(`${path}: not a string array`);
      } else if (key === "custom") {
        if (!isObject(value)) errors.push(`${path}: not an object`);
      } else if (NAME_FIELDS.has(key)) {
        if (!Array.isArray(value)) errors.push(`${path}: not an array`);
        else value.forEach((name: unknown, j) => errors.push(...nameErrors(name, `${path}[${j}]`)));
      } else if (DATE_FIELDS.has(key)) errors.push(...dateErrors(value, path));
      else if (STRING_OR_NUMBER.has(key)) {
        if (typeof value !== "string" && typeof value !== "number") errors.push(`${path}: not a string or number`);
      } else if (STRINGS.has(key)) {
        if (typeof value !== "string") errors.push(`${path}: not a string`);
      } else errors.push(`${path}: not a CSL variable`);
    }
  });
  return errors;
}

function nameErrors(name: unknown, path: string): string[] {
  if (!isObject(name)) return [`${path}: not an object`];
  return Object.entries(name).flatMap(([key, value]) => {
    if (NAME_STRINGS.has(key)) return typeof value === "string" ? [] : [`${path}.${key}: not a string`];
    if (NAME_FLAGS.has(key)) return ["string", "number", "boolean"].includes(typeof value) ? [] : [`${path}.${key}: bad type`];
    return [`${path}.${key}: not a name part`];
  });
}

function dateErrors(date: unknown, path: string): string[] {
  if (typeof date === "string") return /[0-9,\-%~X?./]/u.test(date) ? [] : [`${path}: not EDTF`];
  if (!isObject(date)) return [`${path}: not a date`];
  const errors: string[] = [];
  for (const [key, value] of Object.entries(date)) {
    if (key === "date-parts") {
      const ok = Array.isArray(value) && value.length >= 1 && value.length <= 2 &&
        value.every((parts) => Array.isArray(parts) && parts.length >= 1 && parts.length <= 3 &&
          parts.every((p) => typeof p === "string" || typeof p === "number"));
      if (!ok) errors.push(`${path}.date-parts: malformed`);
    } else if (!["season", "circa", "literal", "raw", "edtf"].includes(key)) errors.push(`${path}.${key}: not a date part`);
  }
  return errors;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
