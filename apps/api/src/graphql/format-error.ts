import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { CLIENT_ERROR_CODES, ErrorCode } from '@manager/api-core';
import type { Logger } from 'pino';

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

/**
 * The deepest failing property of a class-validator error as a dotted path from the input's top
 * (`organization.billingAddresses.1.postcode`), and its first message.
 */
function firstIssue(issue: ValidationIssue, parent = ''): { field: string; message: string } {
  // A value that is no input class at all (forbidUnknownValues) has no property: name the input.
  const field = [parent, issue.property].filter(Boolean).join('.') || 'input';
  if (issue.children?.length) return firstIssue(issue.children[0], field);
  return { field, message: Object.values(issue.constraints ?? {})[0] ?? 'This value is not valid.' };
}

/**
 * graphql-js suggests names of the schema ("Did you mean \"email\"?") in validation and
 * variable errors. Apollo's `hideSchemaDetailsFromClientErrors` removes them from validation
 * errors only; this covers every message, variable coercion included.
 */
const SUGGESTION = / ?Did you mean .+\?$/s;

/**
 * What a client may read of an error: errors with a known code pass as they are (argument
 * validation is turned into BAD_USER_INPUT naming the field); anything else is a bug or an
 * outage, logged in full and masked. In production, no schema name is suggested to anyone.
 */
export function createErrorFormatter(log: Logger, options: { production: boolean } = { production: false }) {
  const clientView = (formatted: GraphQLFormattedError): GraphQLFormattedError =>
    options.production && SUGGESTION.test(formatted.message) ? { ...formatted, message: formatted.message.replace(SUGGESTION, '') } : formatted;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { extensions?: Record<string, unknown> } | undefined;
    const validationErrors = original?.extensions?.['validationErrors'] as ValidationIssue[] | undefined;
    if (validationErrors?.length) {
      const { field, message } = firstIssue(validationErrors[0]);
      return { message, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT, field } };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) return clientView(formatted);
    log.error({ err: original ?? error, path: formatted.path }, 'unexpected GraphQL error');
    return {
      message: 'Something went wrong on our side. Please try again.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
