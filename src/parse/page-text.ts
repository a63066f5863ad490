// Page text: what a page shows around its paper cards (headings, site chrome,
// buttons, short lines of navigation), told from the prose of an abstract.

/**
 * Page furniture: a Markdown heading; a line of site chrome ("We use cookies
 * … Accept all", "Sort by: Recent"); or a short line (at most four words, no
 * sentence punctuation, no link) such as "Load more" or "Papers". A short
 * line of prose ("We evaluate on the LHC") has more words than chrome does.
 *
 * @example
 * isPageText("Load more"); //=> true
 * isPageText("We evaluate on the LHC at two energies."); //=> false
 *
 * @internal
 */
export function isPageText(text: string): boolean {
  if (isHeading(text)) return true;
  if (isChrome(text)) return true;
  if (text.length > MAX_BAR_LENGTH || !isBareText(text)) return false;
  // A bar of links or buttons: short pieces between dots or bars ("Upvote 312 · Comments (48) · Share"),
  // or a page's title printed above it ("Latest · Economics & Society · PaperScope").
  if (BAR_SEPARATOR.test(text)) {
    const pieces = text.split(BAR_SEPARATOR);
    // (Past 40 characters, not one that opens as an abstract's sentence does: "We compare
    // Chain-of-Thought · Tree-of-Thought · …" is prose.)
    if (pieces.every((piece) => piece.split(" ").length <= 3) && (text.length <= 40 || !SENTENCE_OPENING.test(text))) return true;
  }
  if (text.length > 40) return false;
  // Separators between navigation links ("About · Privacy · Terms") are not words, nor are a
  // pager's page numbers ("1 2 3 4 5 … 20").
  return text.split(" ").filter((word) => !NAV_SEPARATORS.has(word) && !/^\d+$/.test(word)).length <= 4;
}

/**
 * A Markdown heading: one to six "#", then a space or the line's end, as CommonMark has it.
 * A hashtag or counting problem opening an abstract is prose ("#Election2020 is a dataset …",
 * "#P-hardness of …").
 *
 * @example
 * isHeading("## Papers"); //=> true
 * isHeading("#Election2020 is a dataset of tweets."); //=> false
 *
 * @internal
 */
export const isHeading = (text: string): boolean => /^#{1,6}(?:[ \t]|$)/.test(text);

/**
 * The footer a browser prints, tested on a line and the next joined by a line break: a link
 * alone with a page count after it, on its line or the next ("https://site/newest" + "1/5").
 * A link alone is not enough: a hard-wrapped abstract may end in one.
 *
 * @example
 * PRINTED_FOOTER.test("https://site/newest\n1/5"); //=> true
 *
 * @internal
 */
export const PRINTED_FOOTER = /^\w+:\/\/\S+(?: \d+\/\d+\n|\n\d+\/\d+$)/;

/** How an abstract's sentence opens, and no bar of links: "We compare", "In this work", "Our". */
const SENTENCE_OPENING = /^(?:We|Our|This|These|In|It|Here|Using|Recent|Keywords?:) /;

/** How long a bar of short pieces may be (other page text is at most 40 characters). */
const MAX_BAR_LENGTH = 80;

/** A dot, bullet or bar between the links or buttons of a bar. */
const BAR_SEPARATOR = / [·•|] /;

const NAV_SEPARATORS = new Set(["·", "|", "•", "-", "–", "/", "…", "...", "«", "»", "‹", "›"]);

/**
 * A short line that ends no sentence and holds no link, path, domain or
 * formula: what page text looks like whatever its words ("Code is available
 * at github.com/…" and "$O(1/n)$" stay prose).
 *
 * @example
 * isShortTrailingText("Try PaperPilot Pro free for 30 days"); //=> true
 *
 * @internal
 */
export function isShortTrailingText(text: string): boolean {
  return text.length <= 60 && isBareText(text) && !/[/$\\]|\.[A-Za-z_]/.test(text);
}

/** Text that ends in no punctuation (a count in brackets aside) and holds no link. */
function isBareText(text: string): boolean {
  // A count in brackets ends a button's label ("Comments (4)", "Replies (1.2k)"), not a sentence.
  return (!/[.,!?:;)"'”’\]]$/.test(text) || COUNT_END.test(text)) && !text.includes("://") && !text.includes("www.");
}

/**
 * A button's label with its count in brackets, ending a line: "Comments (4)", "Likes
 * (1.2k)", "Discussion (3)"; not "See Table (2)" or "Accepted at ICLR (2024)".
 */
const COUNT_END = /(?:^|\s)(?:comments?|replies|likes?|(?:up)?votes?|citations?|views?|stars?|discussions?|reviews?|forks?|downloads?|bookmarks?) \(\d[\d.,]*k?\)$/i;

/**
 * A line of site chrome (see `CHROME`).
 *
 * @example
 * isChrome("Read more →"); //=> true
 * isChrome("[Load more](https://example.org/latest?page=2)"); //=> true
 *
 * @internal
 */
export function isChrome(text: string): boolean {
  // (As a web clipper's Markdown link too: "[Load more](https://…?page=2)".)
  const label = text.charCodeAt(0) === 91 ? MARKDOWN_LINK.exec(text)?.[1] : undefined;
  if (label !== undefined) return CHROME.test(label) || BUTTON.test(label);
  return text.length <= 120 && (CHROME.test(text) || BUTTON.test(text));
}

/** A line that is one Markdown link and nothing else, its label short: "[Load more](https://…)". */
const MARKDOWN_LINK = /^\[([^\]]{1,40})\]\([^()\s]{0,300}\)$/;

/**
 * A card's button copied with it, capitalised as a button is ("Upvote", "Share 12"); in
 * lower case such a word may be one of a narrowly wrapped abstract's lines ("save").
 */
const BUTTON = /^(?:Upvote|Share|Save|Like|Bookmark|Cite|Download|Reply)(?: \d[\d.,]*k?)?$/;

/** A pager's buttons: "Load more", "Show less"; "Next page", "Back to top"; and what may follow them ("…", "→"). */
const MORE_BUTTON = "(?:load|show|see|read) (?:more|less)";
const PAGE_BUTTON = "next page|previous page|back to top";
const BUTTON_ARROW = "(?: ?(?:…|\\.\\.\\.|[→»›▾]))?";

/** A pager's button alone (see `isPager`). */
const PAGER = /* @__PURE__ */ (() => new RegExp(`^(?:${MORE_BUTTON}|${PAGE_BUTTON})${BUTTON_ARROW}$`, "i"))();

/**
 * A pager's button a page shows under its last card ("Load more", "Show more …", "Next page"):
 * the chrome that may follow an abstract right under it.
 *
 * @example
 * isPager("Load more"); //=> true
 * isPager("Sign in"); //=> false
 *
 * @internal
 */
export function isPager(text: string): boolean {
  return PAGER.test(text);
}

/** A link's label on a paper's card, in brackets or not. */
const LINK_LABEL = "\\[?(?:pdf|bib(?:tex)?|code|slides|video|poster|arxiv|cite|doi|html|blog|demo|website)\\]?";

// Words of site chrome that abstracts do not use: cookie banners, sign-in and paging.
const CHROME = /* @__PURE__ */ (() =>
  new RegExp(
    "^(?:" +
      [
        "(?:we|this (?:web)?site) uses? cookies\\b.*",
        ".*\\baccept (?:all(?: cookies)?|cookies)",
        "sign (?:in|up)(?: with \\w+)?",
        "log (?:in|out)",
        // ("Read more …" closes an abstract a card shortened.)
        `${MORE_BUTTON}${BUTTON_ARROW}`,
        "sort(?:ed)? by:? \\w+(?: \\w+)?",
        "showing \\d[\\d,]*(?: ?[–-] ?\\d[\\d,]*)? of \\d[\\d,]*(?: \\w+)?",
        `page \\d+(?: of \\d+)?|${PAGE_BUTTON}`,
        "(?:privacy(?: policy)?|terms(?: of (?:use|service))?)(?: [·|•] .*)?",
        "subscribe(?: to (?:our )?\\w+)?",
        // A chat thread's replies, as Slack copies them under a message.
        "\\d+ repl(?:y|ies)|(?:last reply .*)?view thread",
        // Two or more link labels of a paper's card ("PDF · BibTeX", "[PDF] [Code]").
        `${LINK_LABEL}(?:(?: ?[·|•/] ?| )${LINK_LABEL})+`,
        "©.*",
      ].join("|") +
      ")$",
    "i",
  ))();

/**
 * Whether a line ends a sentence: a full stop, "?" or "!", maybe inside a closing bracket or quote.
 *
 * @example
 * endsSentence("We train it (Fig. 2)."); //=> true
 *
 * @internal
 */
export function endsSentence(text: string): boolean {
  return endsWithOneOf(text, `.!?)]"”`);
}

/**
 * Whether the last character of `text` is one of `characters`. (Not a pattern
 * ending in `$`: a pattern is tried from every character of the line, and
 * abstracts run to thousands of them.)
 *
 * @example
 * endsWithOneOf("We train it.", ".!?"); //=> true
 *
 * @internal
 */
export function endsWithOneOf(text: string, characters: string): boolean {
  return text.length > 0 && characters.includes(text.charAt(text.length - 1));
}
