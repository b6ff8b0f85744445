/**
 * Plural forms through Intl.PluralRules: a catalogue names the forms its language has (Polish:
 * one, few, many; Danish: one, other…) and the rules pick one, so no catalogue hand-codes `n === 1`.
 * `other` is required because every language has it (and Polish uses it for fractions).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function plurals(lang: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(lang);
  return (n, forms) => forms[rules.select(n)] ?? forms.other;
}
