import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

zxcvbnOptions.setOptions({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

export const minPasswordLength = 10;

/** Returns why a password is too weak, or null. Score 3 of 4 = "safely unguessable". */
export function weakPasswordReason(password: string, userInputs: string[] = []): string | null {
  if (password.length < minPasswordLength) return `Use at least ${minPasswordLength} characters.`;
  const result = zxcvbn(password, userInputs);
  if (result.score >= 3) return null;
  const hint = result.feedback.warning || result.feedback.suggestions[0];
  return `This password is too easy to guess.${hint ? ` ${hint}` : ""} Add more words or characters.`;
}
