import { GraphQLError } from 'graphql';
import { ErrorCode } from '@manager/api-core';

/** NOT_FOUND on `partnerOrganizationId`: not a listed partner (or no such organization: same answer). */
export function partnerNotFound(): GraphQLError {
  return new GraphQLError('Partner not found: choose a partner listed in the directory.', {
    extensions: { code: ErrorCode.NOT_FOUND, field: 'partnerOrganizationId' },
  });
}
