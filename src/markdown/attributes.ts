// Pandoc's and kramdown's attribute lists, "{.class #id key=value}", which CommonMark does not
// know: read after links and bracketed spans, and blanked after link reference definitions.

/**
 * The inside of an attribute list, as a pattern's source: classes, ids and
 * key=value pairs parted by spaces (".title", "#code .badge", `data-kind="repo"`).
 *
 * @example
 * new RegExp(`^\\{${ATTRIBUTE_LIST}\\}$`).test('{#code .badge data-kind="repo"}'); //=> true
 *
 * @internal
 */
export const ATTRIBUTE_LIST = /* @__PURE__ */ (() => {
  const attribute = String.raw`(?:[.#][\w:-]+|[\w-]+=(?:"[^"\n]*"|[^\s}]+))`;
  return `${attribute}(?: +${attribute})*`;
})();
