/** Any rule number of DESIGN.md (R5, R18b). */
export const ANY_RULE_NUMBER: RegExp;
/** `text` without the rule numbers in the forms the code cites them ("(R18)", ", R4)"). */
export function withoutRuleNumbers(text: string): string;
