import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { Language } from './../generated/graphql';

/**
 * The account's language. FALLBACK, typed by hand: the mutation
 * `setLanguage(language: Language!): User!` is being added to the API on another branch; once it
 * is in apps/api/schema.graphql, move this text to session.graphql and let codegen type it
 * (codegen validates every .graphql file against the schema, so the document cannot live there yet).
 */
export interface SetLanguageMutation {
  setLanguage: { __typename?: 'User'; id: string; language?: Language | null };
}
export interface SetLanguageMutationVariables {
  language: Language;
}

export const SetLanguageDocument: TypedDocumentNode<SetLanguageMutation, SetLanguageMutationVariables> = gql`
  mutation SetLanguage($language: Language!) {
    setLanguage(language: $language) {
      id
      language
    }
  }
`;
