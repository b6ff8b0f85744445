// Text for the library's readers (the manifest's descriptions, which Storybook's docs pages and
// editors show) carries no numbers of DESIGN.md's rules: "(R18)" means nothing to them. The code
// and the tests keep citing rules; custom-elements-manifest.config.mjs strips them on the way out.

/** A rule as the code cites it: R5, R18b. */
const RULE = String.raw`R\d{1,2}[a-z]?`;
const RULES = String.raw`${RULE}(?:\s*(?:,|/|and)\s*${RULE})*`;
/** "(R18)", "(R1, R2)", "(R13/R21)": the whole parenthesis, with the space before it. */
const RULES_ALONE = new RegExp(String.raw`\s*\(${RULES}\)`, 'g');
/** "(with its sync state, R4)": the rules at the end of a parenthesis that says more. */
const RULES_AT_END = new RegExp(String.raw`[,;]\s*${RULES}(?=\))`, 'g');

/** Any rule number left (one inside a sentence, which only rewording removes). */
export const ANY_RULE_NUMBER = new RegExp(String.raw`\b${RULE}\b`);

/**
 * `text` without the rule numbers in the two forms the code cites them.
 * @param {string} text
 * @returns {string}
 */
export function withoutRuleNumbers(text) {
  return text.replace(RULES_ALONE, '').replace(RULES_AT_END, '');
}
